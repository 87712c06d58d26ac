import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { HeadlessChat } from './HeadlessChat.tsx'

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <HeadlessChat />
  </StrictMode>,
)
