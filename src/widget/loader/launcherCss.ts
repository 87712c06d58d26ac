/**
 * The loader's launcher button: the same box, colours and tokens as `.acw-launcher-button` in widget.css, so the
 * hand-over to the chat's own button is invisible. A token set on the page's element wins over the defaults here
 * (they are fallbacks of `var()`, not declarations). `all: initial` stops the page's inherited styles.
 */
export const LAUNCHER_CSS = `
.acw-loader{all:initial;position:fixed;inset-block-end:var(--acw-launcher-offset,20px);inset-inline-end:var(--acw-launcher-offset,20px);z-index:var(--acw-z-index,2147483000);display:flex;flex-direction:column;align-items:flex-end;gap:8px;font:14px/1.4 var(--acw-font-family,system-ui,sans-serif);--a:#2952cc;--at:#fff;--bg:#fff;--tx:#1d2433;--bd:#d0d5dd}
.acw-loader[data-position=bottom-left]{inset-inline-end:auto;inset-inline-start:var(--acw-launcher-offset,20px);align-items:flex-start}
.acw-loader[data-theme=dark]{--a:#8aa4ff;--at:#10131a;--bg:#15181e;--tx:#eef0f4;--bd:#3a4150}
@media (prefers-color-scheme:dark){.acw-loader[data-theme=auto]{--a:#8aa4ff;--at:#10131a;--bg:#15181e;--tx:#eef0f4;--bd:#3a4150}}
.acw-loader button{position:relative;display:grid;place-items:center;inline-size:56px;block-size:56px;margin:0;padding:0;border:0;border-radius:50%;background:var(--acw-color-accent,var(--a));color:var(--acw-color-accent-text,var(--at));box-shadow:var(--acw-shadow,0 8px 28px rgb(16 24 40/18%));cursor:pointer}
.acw-loader button:focus-visible{outline:2px solid var(--acw-color-focus,var(--a));outline-offset:2px}
.acw-loader[data-status=loading] button::after{content:"";position:absolute;inset:-5px;border:3px solid transparent;border-block-start-color:var(--acw-color-accent,var(--a));border-radius:50%;animation:acw-spin .8s linear infinite}
@keyframes acw-spin{to{transform:rotate(1turn)}}
@media (prefers-reduced-motion:reduce){.acw-loader[data-status=loading] button::after{animation:none;border-color:var(--acw-color-accent,var(--a));opacity:.5}}
.acw-loader p{margin:0;max-inline-size:260px;padding:8px 12px;border:1px solid var(--acw-color-border,var(--bd));border-radius:var(--acw-radius,12px);background:var(--acw-color-bg,var(--bg));color:var(--acw-color-text,var(--tx));box-shadow:var(--acw-shadow,0 8px 28px rgb(16 24 40/18%))}
.acw-loader p button{all:revert;margin-inline-start:6px;font:inherit;color:inherit;text-decoration:underline;cursor:pointer;background:none;border:0;padding:0}
.acw-loader[data-inline]{position:static;align-items:stretch}
.acw-loader [role=status]{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`
