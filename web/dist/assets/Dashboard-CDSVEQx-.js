import{u as f,c as g,j as e,L as y,d as v,f as $,H as b,g as N}from"./index-CJq5rlcS.js";import{r as w,u as T}from"./graphql-BgRXROpv.js";import"./react-BaS1cqud.js";const C=N(`
  query Fund($at1: Time!, $at2: Time!, $at3: Time!, $at4: Time!, $at5: Time!, $at6: Time!, $at7: Time!, $at8: Time!, $at9: Time!, $at10: Time!, $at11: Time!, $at12: Time!, $history: Boolean!, $from: Time!) {
    history: fundHistory(from: $from) @include(if: $history) {
      area
      months {
        start
        figures {
          received
          committed
          pledged
        }
      }
    }
    fund {
      pledged
      received
      committed
      available
      inKind
      contributors
      byArea {
        area
        contributors
        pledged
        received
        committed
        available
        suppressedReason
      }
    }
    h1: fund(asOf: $at1) @skip(if: $history) {
      received
      committed
      pledged
    }
    h2: fund(asOf: $at2) @skip(if: $history) {
      received
      committed
      pledged
    }
    h3: fund(asOf: $at3) @skip(if: $history) {
      received
      committed
      pledged
    }
    h4: fund(asOf: $at4) @skip(if: $history) {
      received
      committed
      pledged
    }
    h5: fund(asOf: $at5) @skip(if: $history) {
      received
      committed
      pledged
    }
    h6: fund(asOf: $at6) @skip(if: $history) {
      received
      committed
      pledged
    }
    h7: fund(asOf: $at7) @skip(if: $history) {
      received
      committed
      pledged
    }
    h8: fund(asOf: $at8) @skip(if: $history) {
      received
      committed
      pledged
    }
    h9: fund(asOf: $at9) @skip(if: $history) {
      received
      committed
      pledged
    }
    h10: fund(asOf: $at10) @skip(if: $history) {
      received
      committed
      pledged
    }
    h11: fund(asOf: $at11) @skip(if: $history) {
      received
      committed
      pledged
    }
    h12: fund(asOf: $at12) @skip(if: $history) {
      received
      committed
      pledged
    }
  }
`),p=(d,t)=>({at:d,received:t.received,committed:t.committed,pledged:t.pledged});function A(d){const t=n=>Math.round(Number(n)*100),a=[];return d.forEach(n=>n.months.forEach((s,r)=>{const l=new Date(s.start),m=new Date(Math.min(Date.UTC(l.getUTCFullYear(),l.getUTCMonth()+1,1)-1e3,Date.now())).toISOString(),h=a[r]??={at:m,received:"0",committed:"0",pledged:"0"};h.received=((t(h.received)+t(s.figures.received))/100).toFixed(2),h.committed=((t(h.committed)+t(s.figures.committed))/100).toFixed(2),h.pledged=((t(h.pledged)+t(s.figures.pledged))/100).toFixed(2)})),a}function O(d,t=new Date){const a=[];for(let n=d;n>=1;n--)a.push(new Date(Date.UTC(t.getUTCFullYear(),t.getUTCMonth()-n+1,1)-1e3).toISOString().replace(/\.\d{3}Z$/,"Z"));return a}function E(){const{t:d,money:t}=f(),a=g(),[n]=w.useState(()=>O(12)),s=a.can("Fund","history"),r={...Object.fromEntries(n.map((o,u)=>[`at${u+1}`,o])),history:s,from:new Date(Date.parse(n[0])+1e3).toISOString().replace(/\.\d{3}Z$/,"Z")},[{data:l,error:m},h]=T({query:C,variables:r,requestPolicy:"cache-and-network"});if(!l)return m?e.jsx(y,{error:m,retry:()=>h({requestPolicy:"network-only"})}):e.jsx(v,{});const c=l.fund,x=!a.canRead("Fund.byArea")||$(m,["fund","byArea"]),i=[["fundReceived",t(c.received)],["fundCommitted",t(c.committed)],["fundAvailable",t(c.available)],["fundPledged",t(c.pledged)],["fundInKind",t(c.inKind)],["fundContributors",String(c.contributors)]];return e.jsxs("section",{"aria-labelledby":"fund-title",children:[e.jsx("h1",{id:"fund-title",children:d("fundTitle")}),e.jsx("dl",{className:"figures",children:i.map(([o,u])=>e.jsxs("div",{className:"figure","data-figure":o,children:[e.jsx("dt",{children:d(o)}),e.jsx("dd",{children:u})]},o))}),e.jsx("h2",{children:d("fundByArea")}),x||!c.byArea?e.jsx("p",{children:e.jsx(b,{})}):e.jsxs(e.Fragment,{children:[e.jsx(R,{areas:c.byArea}),e.jsx(F,{areas:c.byArea})]}),e.jsx("h2",{id:"history-title",children:d("fundHistory")}),e.jsx(D,{points:l.history?A(l.history):[...n.map((o,u)=>p(o,l[`h${u+1}`])),p(new Date().toISOString(),c)]})]})}function j(d,t){return t.area?d(`area.${t.area}`):d("fundUnearmarked")}function R({areas:d}){const{t}=f(),a=d.filter(r=>r.received!=null),n=Math.max(1,...a.map(r=>Number(r.received))),s=r=>Math.max(Number(r??0)/n*100,.5);return e.jsxs("figure",{className:"chart",children:[e.jsx("div",{role:"img","aria-label":t("fundChartLabel"),children:a.map(r=>e.jsxs("div",{className:"chart-row",children:[e.jsx("span",{className:"chart-label",children:j(t,r)}),e.jsxs("svg",{viewBox:"0 0 100 20",preserveAspectRatio:"none",className:"bars",children:[e.jsx("rect",{x:"0",y:"0",width:s(r.received),height:"9",className:"bar-received"}),e.jsx("rect",{x:"0",y:"11",width:s(r.committed),height:"9",className:"bar-committed"})]})]},r.area??"none"))}),e.jsxs("figcaption",{children:[e.jsx("span",{className:"swatch swatch-received","aria-hidden":"true"})," ",t("fundChartLegendReceived")," ",e.jsx("span",{className:"swatch swatch-committed","aria-hidden":"true"})," ",t("fundChartLegendCommitted")]})]})}function F({areas:d}){const{t,money:a,lang:n}=f();return e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t("fundArea")}),e.jsx("th",{scope:"col",children:t("fundContributors")}),e.jsx("th",{scope:"col",children:t("fundReceived")}),e.jsx("th",{scope:"col",children:t("fundCommitted")}),e.jsx("th",{scope:"col",children:t("fundAvailable")})]})}),e.jsx("tbody",{children:d.map(s=>e.jsxs("tr",{"data-area":s.area??"UNEARMARKED",children:[e.jsx("th",{scope:"row",children:j(t,s)}),s.suppressedReason?e.jsxs("td",{colSpan:4,className:"suppressed",children:[e.jsx("strong",{children:t("fundSuppressed")}),": ",n==="en"?s.suppressedReason.replace(/^suppressed:\s*/i,""):t("fundSuppressedWhy")]}):e.jsxs(e.Fragment,{children:[e.jsx("td",{children:s.contributors}),e.jsx("td",{children:a(s.received)}),e.jsx("td",{children:a(s.committed)}),e.jsx("td",{children:a(s.available)})]})]},s.area??"none"))})]})})}function D({points:d}){const{t,money:a,date:n}=f(),s=600,r=200,l=Math.max(1,...d.flatMap(i=>[Number(i.received??0),Number(i.committed??0)])),m=i=>i/Math.max(1,d.length-1)*(s-20)+10,h=i=>r-10-Number(i??0)/l*(r-20),c=i=>d.filter(o=>o[i]!=null).map(o=>`${m(d.indexOf(o)).toFixed(1)},${h(o[i]).toFixed(1)}`).join(" "),x=d.some(i=>i.received==null);return e.jsxs("figure",{className:"chart history",children:[e.jsxs("svg",{viewBox:`0 0 ${s} ${r}`,role:"img","aria-labelledby":"history-title",className:"lines",preserveAspectRatio:"none",children:[e.jsx("line",{x1:"10",x2:s-10,y1:r-10,y2:r-10,className:"axis"}),e.jsx("polyline",{points:c("received"),className:"line-received",fill:"none"}),e.jsx("polyline",{points:c("committed"),className:"line-committed",fill:"none"})]}),e.jsxs("figcaption",{children:[e.jsx("span",{className:"swatch swatch-received","aria-hidden":"true"})," ",t("fundChartLegendReceived")," ",e.jsx("span",{className:"swatch swatch-committed","aria-hidden":"true"})," ",t("fundChartLegendCommitted")," · ",t("fundHistoryRange",{from:n(d[0].at),to:n(d[d.length-1].at)}),x&&e.jsxs(e.Fragment,{children:[" · ",t("fundHistoryWithheld")]})]}),e.jsxs("details",{children:[e.jsx("summary",{children:t("fundHistoryTable")}),e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:t("fundAsOf")}),e.jsx("th",{scope:"col",children:t("fundReceived")}),e.jsx("th",{scope:"col",children:t("fundCommitted")}),e.jsx("th",{scope:"col",children:t("fundPledged")})]})}),e.jsx("tbody",{children:d.map(i=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:n(i.at)}),e.jsx("td",{children:i.received==null?e.jsx("span",{className:"hidden-field",children:t("fundWithheld")}):a(i.received)}),e.jsx("td",{children:i.committed==null?e.jsx("span",{className:"hidden-field",children:t("fundWithheld")}):a(i.committed)}),e.jsx("td",{children:i.pledged==null?e.jsx("span",{className:"hidden-field",children:t("fundWithheld")}):a(i.pledged)})]},i.at))})]})})]})]})}export{E as default};
