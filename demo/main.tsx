import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '../src/styles/styles.css'
import './demo.css'
import { DemoApp } from './DemoApp.tsx'

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <DemoApp />
  </StrictMode>,
)
