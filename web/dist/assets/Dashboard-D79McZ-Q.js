import{u as m,c as p,j as e,L as g,d as v,f as b,H as y,g as $}from"./index-CzstASgB.js";import{r as N,u as w}from"./graphql-BgRXROpv.js";import"./react-BaS1cqud.js";const A=$(`
  query Fund($at1: Time!, $at2: Time!, $at3: Time!, $at4: Time!, $at5: Time!, $at6: Time!, $at7: Time!, $at8: Time!, $at9: Time!, $at10: Time!, $at11: Time!, $at12: Time!) {
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
    h1: fund(asOf: $at1) {
      received
      committed
      pledged
    }
    h2: fund(asOf: $at2) {
      received
      committed
      pledged
    }
    h3: fund(asOf: $at3) {
      received
      committed
      pledged
    }
    h4: fund(asOf: $at4) {
      received
      committed
      pledged
    }
    h5: fund(asOf: $at5) {
      received
      committed
      pledged
    }
    h6: fund(asOf: $at6) {
      received
      committed
      pledged
    }
    h7: fund(asOf: $at7) {
      received
      committed
      pledged
    }
    h8: fund(asOf: $at8) {
      received
      committed
      pledged
    }
    h9: fund(asOf: $at9) {
      received
      committed
      pledged
    }
    h10: fund(asOf: $at10) {
      received
      committed
      pledged
    }
    h11: fund(asOf: $at11) {
      received
      committed
      pledged
    }
    h12: fund(asOf: $at12) {
      received
      committed
      pledged
    }
  }
`),f=(s,d)=>({at:s,received:d.received,committed:d.committed,pledged:d.pledged});function T(s,d=new Date){const i=[];for(let n=s;n>=1;n--)i.push(new Date(Date.UTC(d.getUTCFullYear(),d.getUTCMonth()-n+1,1)-1e3).toISOString().replace(/\.\d{3}Z$/,"Z"));return i}function L(){const{t:s,money:d}=m(),i=p(),[n]=N.useState(()=>T(12)),r=Object.fromEntries(n.map((t,l)=>[`at${l+1}`,t])),[{data:a,error:o},u]=w({query:A,variables:r,requestPolicy:"cache-and-network"});if(!a)return o?e.jsx(g,{error:o,retry:()=>u({requestPolicy:"network-only"})}):e.jsx(v,{});const c=a.fund,h=!i.canRead("Fund.byArea")||b(o,["fund","byArea"]),x=[["fundReceived",d(c.received)],["fundCommitted",d(c.committed)],["fundAvailable",d(c.available)],["fundPledged",d(c.pledged)],["fundInKind",d(c.inKind)],["fundContributors",String(c.contributors)]];return e.jsxs("section",{"aria-labelledby":"fund-title",children:[e.jsx("h1",{id:"fund-title",children:s("fundTitle")}),e.jsx("dl",{className:"figures",children:x.map(([t,l])=>e.jsxs("div",{className:"figure","data-figure":t,children:[e.jsx("dt",{children:s(t)}),e.jsx("dd",{children:l})]},t))}),e.jsx("h2",{children:s("fundByArea")}),h||!c.byArea?e.jsx("p",{children:e.jsx(y,{})}):e.jsxs(e.Fragment,{children:[e.jsx(C,{areas:c.byArea}),e.jsx(O,{areas:c.byArea})]}),e.jsx("h2",{id:"history-title",children:s("fundHistory")}),e.jsx(R,{points:[...n.map((t,l)=>f(t,a[`h${l+1}`])),f(new Date().toISOString(),c)]})]})}function j(s,d){return d.area?s(`area.${d.area}`):s("fundUnearmarked")}function C({areas:s}){const{t:d}=m(),i=s.filter(a=>a.received!=null),n=Math.max(1,...i.map(a=>Number(a.received))),r=a=>Math.max(Number(a??0)/n*100,.5);return e.jsxs("figure",{className:"chart",children:[e.jsx("div",{role:"img","aria-label":d("fundChartLabel"),children:i.map(a=>e.jsxs("div",{className:"chart-row",children:[e.jsx("span",{className:"chart-label",children:j(d,a)}),e.jsxs("svg",{viewBox:"0 0 100 20",preserveAspectRatio:"none",className:"bars",children:[e.jsx("rect",{x:"0",y:"0",width:r(a.received),height:"9",className:"bar-received"}),e.jsx("rect",{x:"0",y:"11",width:r(a.committed),height:"9",className:"bar-committed"})]})]},a.area??"none"))}),e.jsxs("figcaption",{children:[e.jsx("span",{className:"swatch swatch-received","aria-hidden":"true"})," ",d("fundChartLegendReceived")," ",e.jsx("span",{className:"swatch swatch-committed","aria-hidden":"true"})," ",d("fundChartLegendCommitted")]})]})}function O({areas:s}){const{t:d,money:i,lang:n}=m();return e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:d("fundArea")}),e.jsx("th",{scope:"col",children:d("fundContributors")}),e.jsx("th",{scope:"col",children:d("fundReceived")}),e.jsx("th",{scope:"col",children:d("fundCommitted")}),e.jsx("th",{scope:"col",children:d("fundAvailable")})]})}),e.jsx("tbody",{children:s.map(r=>e.jsxs("tr",{"data-area":r.area??"UNEARMARKED",children:[e.jsx("th",{scope:"row",children:j(d,r)}),r.suppressedReason?e.jsxs("td",{colSpan:4,className:"suppressed",children:[e.jsx("strong",{children:d("fundSuppressed")}),": ",n==="en"?r.suppressedReason.replace(/^suppressed:\s*/i,""):d("fundSuppressedWhy")]}):e.jsxs(e.Fragment,{children:[e.jsx("td",{children:r.contributors}),e.jsx("td",{children:i(r.received)}),e.jsx("td",{children:i(r.committed)}),e.jsx("td",{children:i(r.available)})]})]},r.area??"none"))})]})})}function R({points:s}){const{t:d,money:i,date:n}=m(),r=600,a=200,o=Math.max(1,...s.flatMap(t=>[Number(t.received??0),Number(t.committed??0)])),u=t=>t/Math.max(1,s.length-1)*(r-20)+10,c=t=>a-10-Number(t??0)/o*(a-20),h=t=>s.filter(l=>l[t]!=null).map(l=>`${u(s.indexOf(l)).toFixed(1)},${c(l[t]).toFixed(1)}`).join(" "),x=s.some(t=>t.received==null);return e.jsxs("figure",{className:"chart history",children:[e.jsxs("svg",{viewBox:`0 0 ${r} ${a}`,role:"img","aria-labelledby":"history-title",className:"lines",preserveAspectRatio:"none",children:[e.jsx("line",{x1:"10",x2:r-10,y1:a-10,y2:a-10,className:"axis"}),e.jsx("polyline",{points:h("received"),className:"line-received",fill:"none"}),e.jsx("polyline",{points:h("committed"),className:"line-committed",fill:"none"})]}),e.jsxs("figcaption",{children:[e.jsx("span",{className:"swatch swatch-received","aria-hidden":"true"})," ",d("fundChartLegendReceived")," ",e.jsx("span",{className:"swatch swatch-committed","aria-hidden":"true"})," ",d("fundChartLegendCommitted")," · ",d("fundHistoryRange",{from:n(s[0].at),to:n(s[s.length-1].at)}),x&&e.jsxs(e.Fragment,{children:[" · ",d("fundHistoryWithheld")]})]}),e.jsxs("details",{children:[e.jsx("summary",{children:d("fundHistoryTable")}),e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:d("fundAsOf")}),e.jsx("th",{scope:"col",children:d("fundReceived")}),e.jsx("th",{scope:"col",children:d("fundCommitted")}),e.jsx("th",{scope:"col",children:d("fundPledged")})]})}),e.jsx("tbody",{children:s.map(t=>e.jsxs("tr",{children:[e.jsx("th",{scope:"row",children:n(t.at)}),e.jsx("td",{children:t.received==null?e.jsx("span",{className:"hidden-field",children:d("fundWithheld")}):i(t.received)}),e.jsx("td",{children:t.committed==null?e.jsx("span",{className:"hidden-field",children:d("fundWithheld")}):i(t.committed)}),e.jsx("td",{children:t.pledged==null?e.jsx("span",{className:"hidden-field",children:d("fundWithheld")}):i(t.pledged)})]},t.at))})]})})]})]})}export{L as default};
