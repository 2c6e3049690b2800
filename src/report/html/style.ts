// The page's one stylesheet. Its hash goes into the page's Content-Security-Policy, which allows
// no other style: so no `style` attribute anywhere, SVG sized and coloured by attributes and classes.
export const STYLE = `
:root{color-scheme:light;--fg:#1f2328;--dim:#6b7280;--line:#d0d7de;--card:#fff;--bg:#f6f8fa;--err:#b42318;--warn:#9a6700;--ok:#1a7f37}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans",Arial,sans-serif}
main{max-width:1180px;margin:0 auto;padding:24px 20px 64px}
h1{font-size:1.6em;margin:0 0 4px}h2{font-size:1.3em;margin:0 0 6px;overflow-wrap:anywhere}h3{font-size:1.05em;margin:0 0 10px}h4{font-size:.95em;margin:14px 0 6px}
a{color:#0969da}code{font:13px/1.4 ui-monospace,"Liberation Mono",Menlo,Consolas,monospace;overflow-wrap:anywhere}
.dim{color:var(--dim)}.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.panel{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:14px 16px;margin:14px 0;overflow-x:auto}
.file{margin-top:40px;padding-top:8px;border-top:3px solid var(--line)}
.verdict{font-weight:600}.pass,.better{color:var(--ok)}.fail,.worse{color:var(--err)}.same{color:var(--dim)}.new{color:#8250df;font-weight:600}
.score{display:inline-block;min-width:2.6em;padding:2px 10px;border-radius:20px;font-weight:700;font-size:1.25em;color:#fff;background:var(--ok);text-align:center}
.score.fail{background:var(--err);color:#fff}.score.mid{background:#bf8700;color:#fff}
.stats{margin:6px 0}.stats>*{margin-right:14px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:5px 8px;border-bottom:1px solid #eaeef2}thead th{font-size:.85em;color:var(--dim);font-weight:600;border-bottom:1px solid var(--line)}
caption{text-align:left;font-weight:600;padding:4px 0}
.index button.sort{font:inherit;color:inherit;background:none;border:0;padding:0;cursor:pointer}.index button.sort::after{content:" ↕";color:var(--dim)}
.st{font-weight:600;white-space:nowrap}.st.error{color:var(--err)}.st.warning{color:var(--warn)}.st.pass{color:var(--ok)}.st.skip,.st.quiet{color:var(--dim)}
.checks code{white-space:nowrap}.checks td:nth-child(4){min-width:20em}
.basis{font-size:.8em;padding:1px 6px;border-radius:10px;background:#eaeef2;white-space:nowrap}.basis.google{background:#ddf4ff;color:#0550ae}
details>summary{cursor:pointer;color:var(--dim);margin:8px 0}
.yes{color:var(--ok)}.no{color:var(--err)}
.k0{--c:#1f6feb;--m:#cfe2ff}.k1{--c:#d4600a;--m:#ffe1c2}.k2{--c:#1a7f37;--m:#c9f0d1}.k3{--c:#8250df;--m:#e6dcfd}.k4{--c:#cf222e;--m:#ffd5d8}.k5{--c:#0b7a8a;--m:#c6eef3}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:6px;background:var(--c);vertical-align:-1px}
svg.track{display:block;width:100%;min-width:240px;height:28px}
.band.b0{fill:#f3f4f6}.band.b1{fill:#e3e6ea}.occ{stroke:var(--c);stroke-width:3}.synt{stroke:var(--c);stroke-width:2;stroke-dasharray:3 2}.sent{stroke:#57606a;stroke-width:1}
.tracks td:nth-child(2){width:60%}.tracks td:nth-child(4){font-size:.85em;min-width:12em}.axis td,.axis th{border:0;padding-top:0}.axis-labels{display:flex;justify-content:space-between;font-size:.8em;color:var(--dim)}
svg.bar{vertical-align:middle;margin-left:4px}.bar-bg{fill:#eaeef2}svg.bar rect.k0,svg.bar rect.k1,svg.bar rect.k2,svg.bar rect.k3,svg.bar rect.k4,svg.bar rect.k5{fill:var(--c)}
.figs{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:8px 18px;margin:0}.fig dt{font-size:.8em;color:var(--dim)}.fig dd{margin:0;font-weight:600}.fig dd .dim{font-weight:400}
ul.cols{columns:4 10em;margin:0;padding-left:1.2em}
.serp{max-width:652px;padding:12px 16px;border:1px solid #eaeef2;border-radius:8px;font-family:arial,"Liberation Sans",sans-serif;background:#fff}
.serp-url{font-size:14px;color:#202124;line-height:20px;overflow-wrap:anywhere}.serp-title{font-size:20px;line-height:26px;color:#1a0dab;white-space:nowrap;margin:4px 0 3px}.serp-title:hover{text-decoration:underline}
.serp-desc{font-size:14px;line-height:22px;color:#4d5156}.serp-missing{font-style:italic;color:var(--dim);white-space:normal}
.legend{display:flex;flex-wrap:wrap;gap:6px 18px;margin-bottom:10px;font-size:.9em}.legend label{cursor:pointer}
.src{font:13px/1.6 ui-monospace,"Liberation Mono",Menlo,Consolas,monospace;white-space:pre-wrap;overflow-wrap:anywhere;tab-size:4;background:#fbfbfc;border:1px solid #eaeef2;border-radius:6px;padding:8px 10px 8px 0}
.ln{display:block;position:relative;padding-left:4.2em;min-height:1.6em}.ln::before{content:attr(data-line);position:absolute;left:0;width:3.4em;text-align:right;color:#a0a7b0;user-select:none}
.ln:target{background:#fff8c5}
.fm{color:#8c959f}
mark.kp{background:var(--m);color:inherit;border-radius:2px;box-shadow:inset 0 -2px 0 var(--c)}
.syn{box-shadow:inset 0 -2px 0 var(--c)}.near{text-decoration:underline dotted var(--c) 2px;text-underline-offset:4px}
.long{text-decoration:underline wavy #d4a72c 1px;text-underline-offset:4px;text-decoration-skip-ink:none}
.hide-k0 .k0,.hide-k1 .k1,.hide-k2 .k2,.hide-k3 .k3,.hide-k4 .k4,.hide-k5 .k5{background:none;box-shadow:none;text-decoration:none}
.hide-long .long{text-decoration:none}
.ctl{background:#ffd5d8;color:var(--err);border-radius:2px}
.warn{background:#fff8c5;border:1px solid #d4a72c;padding:6px 10px;border-radius:6px}
.baseline{border-left:4px solid #8250df}.baseline ul{margin:4px 0;padding-left:1.2em}
.kdelta{width:auto}
footer{color:var(--dim);font-size:.85em;margin-top:40px}
`;
