// React's profiling build (Profiler `onRender` works in production); same API as `react-dom/client`.
declare module 'react-dom/profiling' {
  export * from 'react-dom/client'
}
