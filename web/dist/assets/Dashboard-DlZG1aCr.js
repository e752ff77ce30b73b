import{u,b as x,j as e,L as j,c as f,f as p,H as b,g}from"./index-C1O6Rk5d.js";import{u as y}from"./graphql-BgRXROpv.js";import"./react-BaS1cqud.js";const v=g(`
  query Fund {
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
  }
`);function L(){const{t:a,money:r}=u(),t=x(),[{data:s,error:i},d]=y({query:v,requestPolicy:"cache-and-network"});if(!s)return i?e.jsx(j,{error:i,retry:()=>d({requestPolicy:"network-only"})}):e.jsx(f,{});const n=s.fund,c=!t.canRead("Fund.byArea")||p(i,["fund","byArea"]),o=[["fundReceived",r(n.received)],["fundCommitted",r(n.committed)],["fundAvailable",r(n.available)],["fundPledged",r(n.pledged)],["fundInKind",r(n.inKind)],["fundContributors",String(n.contributors)]];return e.jsxs("section",{"aria-labelledby":"fund-title",children:[e.jsx("h1",{id:"fund-title",children:a("fundTitle")}),e.jsx("dl",{className:"figures",children:o.map(([l,m])=>e.jsxs("div",{className:"figure","data-figure":l,children:[e.jsx("dt",{children:a(l)}),e.jsx("dd",{children:m})]},l))}),e.jsx("h2",{children:a("fundByArea")}),c||!n.byArea?e.jsx("p",{children:e.jsx(b,{})}):e.jsxs(e.Fragment,{children:[e.jsx(A,{areas:n.byArea}),e.jsx(w,{areas:n.byArea})]})]})}function h(a,r){return r.area?a(`area.${r.area}`):a("fundUnearmarked")}function A({areas:a}){const{t:r}=u(),t=a.filter(d=>d.received!=null),s=Math.max(1,...t.map(d=>Number(d.received))),i=34;return e.jsxs("figure",{className:"chart",children:[e.jsx("svg",{viewBox:`0 0 320 ${t.length*i+4}`,role:"img","aria-label":r("fundChartLabel"),preserveAspectRatio:"xMinYMin meet",children:t.map((d,n)=>{const c=n*i,o=Number(d.received)/s*200,l=Number(d.committed??0)/s*200;return e.jsxs("g",{children:[e.jsx("text",{x:"0",y:c+14,className:"chart-label",children:h(r,d)}),e.jsx("rect",{x:"0",y:c+18,width:Math.max(o,1),height:"7",className:"bar-received"}),e.jsx("rect",{x:"0",y:c+26,width:Math.max(l,1),height:"7",className:"bar-committed"})]},d.area??"none")})}),e.jsxs("figcaption",{children:[e.jsx("span",{className:"swatch swatch-received","aria-hidden":"true"})," ",r("fundChartLegendReceived")," ",e.jsx("span",{className:"swatch swatch-committed","aria-hidden":"true"})," ",r("fundChartLegendCommitted")]})]})}function w({areas:a}){const{t:r,money:t}=u();return e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:r("fundArea")}),e.jsx("th",{scope:"col",children:r("fundContributors")}),e.jsx("th",{scope:"col",children:r("fundReceived")}),e.jsx("th",{scope:"col",children:r("fundCommitted")}),e.jsx("th",{scope:"col",children:r("fundAvailable")})]})}),e.jsx("tbody",{children:a.map(s=>e.jsxs("tr",{"data-area":s.area??"UNEARMARKED",children:[e.jsx("th",{scope:"row",children:h(r,s)}),s.suppressedReason?e.jsxs("td",{colSpan:4,className:"suppressed",children:[e.jsx("strong",{children:r("fundSuppressed")}),": ",s.suppressedReason]}):e.jsxs(e.Fragment,{children:[e.jsx("td",{children:s.contributors}),e.jsx("td",{children:t(s.received)}),e.jsx("td",{children:t(s.committed)}),e.jsx("td",{children:t(s.available)})]})]},s.area??"none"))})]})})}export{L as default};
