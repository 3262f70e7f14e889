import { createHash } from 'node:crypto';

/**
 * The one stylesheet of every page and of feeds rendered in a browser (feed.xsl). System fonts,
 * no images; colours from `prefers-color-scheme`, every text pair at WCAG AA contrast or better.
 */
export const SITE_CSS = `:root{color-scheme:light dark;--bg:#fbfaf7;--surface:#fff;--text:#1d1d1f;--muted:#55575d;
--line:#e3e0d8;--link:#0a55c2;--visited:#6b3fa0;--accent:#b3261e;--ok:#17703a;--warn:#8a5a00;--bad:#b3261e;
--chip:#f0eee8;--focus:#0a55c2;--shadow:0 1px 2px rgb(0 0 0/.06)}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--surface:#1d2024;--text:#e8e6e1;--muted:#a9acb3;
--line:#33373d;--link:#8cb8ff;--visited:#c5a8f5;--accent:#ff8a80;--ok:#6fd08f;--warn:#f2c266;--bad:#ff8a80;
--chip:#272a30;--focus:#8cb8ff;--shadow:none}}
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--text);font:1rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,
"Noto Sans","Helvetica Neue",Arial,sans-serif;overflow-wrap:break-word}
a{color:var(--link);text-underline-offset:.15em}a:visited{color:var(--visited)}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px;border-radius:2px}
.wrap{max-width:68rem;margin:0 auto;padding-inline:1rem}
.skip{position:absolute;left:-100vw;top:0;background:var(--surface);padding:.5rem 1rem;z-index:1}
.skip:focus{left:1rem}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);
white-space:nowrap}
header.site{border-bottom:1px solid var(--line);background:var(--surface)}
header.site .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1.25rem;padding-block:.75rem}
.brand{font-weight:750;font-size:1.2rem;color:var(--text);text-decoration:none;letter-spacing:-.01em}
.brand:visited{color:var(--text)}
header.site nav ul{display:flex;gap:1rem;list-style:none;margin:0;padding:0}
header.site nav a{color:var(--text);text-decoration:none;font-weight:550}
header.site nav a:visited{color:var(--text)}
header.site nav a[aria-current=page]{text-decoration:underline;text-decoration-thickness:2px;
text-decoration-color:var(--accent)}
form.search{display:flex;gap:.4rem;margin-left:auto;flex:1 1 14rem;max-width:22rem}
input,button{font:inherit;color:inherit}
input[type=search],input[type=password],input[type=text]{flex:1;min-width:0;padding:.4rem .6rem;
border:1px solid var(--muted);border-radius:.4rem;background:var(--bg)}
button,.button{padding:.4rem .8rem;border:1px solid var(--link);border-radius:.4rem;background:var(--link);
color:var(--bg);font-weight:600;cursor:pointer;text-decoration:none;display:inline-block}
button.secondary{background:transparent;color:var(--link)}
main{padding-block:1.5rem 3rem}
h1{font-size:clamp(1.6rem,1.2rem + 2vw,2.3rem);line-height:1.2;margin:.2rem 0 .6rem;letter-spacing:-.015em}
h2{font-size:1.15rem;margin:2rem 0 .6rem}
h3{font-size:1.08rem;line-height:1.35;margin:0}
.layout{display:grid;gap:2rem}
@media (min-width:60rem){.layout{grid-template-columns:minmax(0,1fr) 19rem}}
.list-title{font-size:1.35rem;margin:0 0 .4rem}
.lede-page{color:var(--muted);margin:0 0 1rem;max-width:44rem}
.items{list-style:none;margin:0;padding:0}
.items>li{padding:.9rem 0;border-bottom:1px solid var(--line)}
.items>li:first-child{padding-top:.2rem}
.items h3 a{color:var(--text);text-decoration:none}.items h3 a:visited{color:var(--muted)}
.items h3 a:hover{text-decoration:underline}
.meta{color:var(--muted);font-size:.9rem;margin:.15rem 0 0}
.meta>*+*::before{content:"·";display:inline-block;margin:0 .45em;color:var(--muted)}
.items p.lede{margin:.3rem 0 0}
.pager{display:flex;justify-content:space-between;gap:1rem;margin-top:1.25rem}
.pager a{font-weight:600}.pager .older{margin-left:auto}
aside section,.box{background:var(--surface);border:1px solid var(--line);border-radius:.6rem;padding:.9rem 1rem;
margin-bottom:1rem;box-shadow:var(--shadow)}
aside h2,.box h2{font-size:1rem;margin:0 0 .5rem}
.chips{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.4rem}
.chips a{display:inline-block;padding:.15rem .6rem;border-radius:1rem;background:var(--chip);color:var(--text);
text-decoration:none;font-size:.92rem}
.chips a:visited{color:var(--text)}.chips a:hover{text-decoration:underline}
.chips .n{color:var(--muted);font-size:.82rem;margin-left:.3em}
.plain{list-style:none;margin:0;padding:0}.plain li{margin:.3rem 0}
.feeds a{font-weight:600}
.status{font-weight:600}.status.ok{color:var(--ok)}.status.error{color:var(--bad)}.status.none{color:var(--muted)}
.status.off{color:var(--warn)}
.dot::before{content:"";display:inline-block;width:.55em;height:.55em;border-radius:50%;background:currentColor;
margin-right:.4em;vertical-align:.1em}
article.item{max-width:44rem}
.kicker{margin:0;font-weight:650;text-transform:uppercase;letter-spacing:.06em;font-size:.8rem}
.kicker a{color:var(--accent);text-decoration:none}.kicker a:visited{color:var(--accent)}
.standfirst{font-size:1.15rem;line-height:1.5;margin:.2rem 0 .8rem}
figure{margin:1.2rem 0}figure img{display:block;max-width:100%;height:auto;border-radius:.4rem;background:var(--chip)}
figcaption{color:var(--muted);font-size:.9rem;margin-top:.4rem}.credit{font-style:italic}
.body{font-size:1.06rem;line-height:1.7}.body img{max-width:100%;height:auto}
.body blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid var(--line);color:var(--muted)}
.body pre{overflow-x:auto}.body table{display:block;overflow-x:auto}
.original{margin:1.5rem 0}
.cards{display:grid;gap:1rem}@media (min-width:48rem){.cards{grid-template-columns:repeat(2,minmax(0,1fr))}}
.card{background:var(--surface);border:1px solid var(--line);border-radius:.6rem;padding:1rem;box-shadow:var(--shadow)}
.card h2{margin:0 0 .4rem;font-size:1.1rem}
.facts{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem .9rem;margin:.5rem 0 0;font-size:.93rem}
.facts dt{color:var(--muted)}.facts dd{margin:0}
.error-text{white-space:pre-wrap;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem;
color:var(--bad)}
.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.8rem}.actions form{margin:0}
.notice{border-left:4px solid var(--ok);padding:.5rem .9rem;background:var(--surface);margin:0 0 1rem}
.notice.problem{border-color:var(--bad)}
.feed-url{display:flex;gap:.5rem;flex-wrap:wrap;align-items:center;margin:.6rem 0}
.feed-url code{flex:1 1 18rem;padding:.45rem .6rem;border:1px solid var(--line);border-radius:.4rem;
background:var(--bg);font-size:.92rem;overflow-wrap:anywhere}
.search-page form.search{margin:0 0 1rem;max-width:36rem}
footer.site{border-top:1px solid var(--line);color:var(--muted);font-size:.9rem}
footer.site .wrap{padding-block:1rem}
footer.site a{color:var(--muted)}
@media (max-width:36rem){form.search{margin-left:0;max-width:none;flex-basis:100%}.facts{gap:.2rem .6rem}}
`;

/** The stylesheet's address: its content hash in the name, so it may be cached for ever. */
export const SITE_CSS_PATH = `/assets/site.${createHash('sha256').update(SITE_CSS).digest('hex').slice(0, 12)}.css`;
