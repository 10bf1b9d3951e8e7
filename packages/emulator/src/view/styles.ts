/** CSS of the emulator's Confluence-like pages (a trusted constant, inlined by the layout). */
export const STYLES = `
*{box-sizing:border-box}
body{margin:0;font:14px/1.6 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,"Noto Sans",Ubuntu,sans-serif;color:#172b4d;background:#fff}
a{color:#0c66e4;text-decoration:none}a:hover{text-decoration:underline}
header.topbar{display:flex;align-items:center;gap:16px;padding:8px 20px;border-bottom:1px solid #dfe1e6;background:#fafbfc}
header.topbar .logo{font-weight:700;color:#0052cc}
header.topbar .spacer{flex:1}
header.topbar form{display:flex;gap:6px;align-items:center;margin:0}
select,button,input,textarea{font:inherit}
button{border:0;border-radius:3px;padding:4px 10px;background:#f1f2f4;color:#172b4d;cursor:pointer}
button:hover{background:#dcdfe4}
button.primary{background:#0c66e4;color:#fff}
main{max-width:960px;margin:0 auto;padding:24px 32px 80px}
.breadcrumbs{font-size:13px;color:#626f86;margin-bottom:8px}
.page-header{display:flex;align-items:flex-start;gap:12px}
.page-header h1.title{flex:1;font-size:28px;margin:0 0 4px}
.content-buttons{display:flex;gap:6px;position:relative}
.byline{color:#626f86;font-size:13px;margin-bottom:20px;position:relative}
.forge-byline-items{margin-left:8px}.forge-byline-item{background:none;border:0;color:#0c66e4;cursor:pointer;font-size:13px;padding:0 4px}
.forge-inline-dialog{position:absolute;left:0;top:100%;z-index:50;margin-top:6px;background:#fff;border-radius:3px;box-shadow:0 8px 24px rgba(9,30,66,.25),0 0 1px rgba(9,30,66,.31)}
.forge-inline-dialog iframe,.forge-modal iframe{display:block;border:0;width:100%;height:100%}
.forge-modal-backdrop{position:fixed;inset:0;background:rgba(9,30,66,.54);z-index:100;display:flex;align-items:flex-start;justify-content:center;padding-top:60px}
.forge-modal{background:#fff;border-radius:3px;display:flex;flex-direction:column;max-width:100vw;max-height:calc(100vh - 80px)}.forge-modal h2{font-size:20px;margin:16px 20px 0}
.forge-flags{position:fixed;left:20px;bottom:20px;z-index:200;display:flex;flex-direction:column;gap:8px}.forge-flag{background:#fff;border-radius:3px;box-shadow:0 8px 24px rgba(9,30,66,.25);padding:12px 16px;width:360px}
.old-version{background:#fff7d6;border:1px solid #f5cd47;border-radius:3px;padding:8px 12px;margin-bottom:16px}
.labels{margin-top:32px;padding-top:12px;border-top:1px solid #dfe1e6}
.label{display:inline-block;background:#e9f2ff;color:#0055cc;border-radius:3px;padding:0 8px;margin:0 6px 6px 0;font-size:13px}
.label-my{background:#f3f0ff;color:#5e4db2}
.page-body h1{font-size:24px}.page-body h2{font-size:20px}.page-body h3{font-size:16px}
.panel{display:flex;gap:8px;border-radius:3px;padding:8px 12px;margin:12px 0}
.panel-info{background:#e9f2ff}.panel-note{background:#f3f0ff}.panel-tip,.panel-success{background:#dcfff1}
.panel-warning{background:#fff7d6}.panel-error{background:#ffeceb}.panel-custom{background:#f1f2f4}
.panel-body>:first-child{margin-top:0}.panel-body>:last-child{margin-bottom:0}
pre.code-block{background:#f7f8f9;border:1px solid #dfe1e6;border-radius:3px;padding:10px 12px;overflow:auto;font-size:13px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f1f2f4;border-radius:3px;padding:0 3px}
pre code{background:none;padding:0}
.table-wrap{overflow-x:auto}table{border-collapse:collapse;margin:12px 0}
th,td{border:1px solid #dfe1e6;padding:6px 10px;text-align:left;vertical-align:top}th{background:#f7f8f9}
td>p,th>p{margin:0}
details.expand{border:1px solid #dfe1e6;border-radius:3px;padding:6px 10px;margin:12px 0}
details.expand summary{cursor:pointer;font-weight:600}
ul.task-list,ul.decision-list{list-style:none;padding-left:4px}
li.task-done>span{color:#626f86;text-decoration:line-through}
.mention{background:#f1f2f4;border-radius:20px;padding:0 6px;color:#44546f}
.status{display:inline-block;border-radius:3px;padding:0 4px;font-size:11px;font-weight:700;text-transform:uppercase}
.status-neutral{background:#dcdfe4}.status-purple{background:#dfd8fd}.status-blue{background:#cce0ff}
.status-red{background:#ffd5d2}.status-yellow{background:#f8e6a0}.status-green{background:#baf3db}
.media-placeholder{display:inline-block;border:1px dashed #8590a2;border-radius:3px;padding:24px;color:#626f86;margin:8px 0}
blockquote{border-left:2px solid #dfe1e6;margin:12px 0;padding-left:12px;color:#44546f}
.inline-dialog{position:absolute;top:100%;right:0;z-index:50;margin-top:6px;background:#fff;border-radius:3px;box-shadow:0 8px 24px rgba(9,30,66,.25),0 0 1px rgba(9,30,66,.31)}
.inline-dialog iframe{display:block;border:0;width:400px;height:300px}
.dialog-blanket{position:fixed;inset:0;background:rgba(9,30,66,.54);z-index:100;display:flex;align-items:flex-start;justify-content:center;padding-top:60px}
.dialog{background:#fff;border-radius:3px;box-shadow:0 8px 24px rgba(9,30,66,.3);display:flex;flex-direction:column;max-width:calc(100vw - 40px);max-height:calc(100vh - 80px)}
.dialog header{display:flex;justify-content:space-between;align-items:center;padding:12px 16px;border-bottom:1px solid #dfe1e6;font-weight:600}
.dialog iframe{border:0;flex:1;width:100%;height:100%}
.flags{position:fixed;left:20px;bottom:20px;z-index:200;display:flex;flex-direction:column;gap:8px}
.flag{width:360px;background:#fff;border-radius:3px;padding:12px 16px;box-shadow:0 8px 24px rgba(9,30,66,.25);border-left:4px solid #0c66e4}
.flag-success{border-color:#22a06b}.flag-warning{border-color:#e2b203}.flag-error{border-color:#c9372c}
.flag strong{display:block}
.page-list{columns:2;padding-left:18px}
.muted{color:#626f86}
.edit-box{margin-top:40px}
.edit-box textarea{width:100%;min-height:60px}
`;
