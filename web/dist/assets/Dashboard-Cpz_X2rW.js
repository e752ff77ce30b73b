import{u as l,b as x,j as e,L as j,c as p,f,H as b,g as v}from"./index-Bqmwrd3s.js";import{u as g}from"./graphql-BgRXROpv.js";import"./react-BaS1cqud.js";const y=v(`
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
`);function L(){const{t:d,money:r}=l(),t=x(),[{data:i,error:s},a]=g({query:y,requestPolicy:"cache-and-network"});if(!i)return s?e.jsx(j,{error:s,retry:()=>a({requestPolicy:"network-only"})}):e.jsx(p,{});const n=i.fund,u=!t.canRead("Fund.byArea")||f(s,["fund","byArea"]),h=[["fundReceived",r(n.received)],["fundCommitted",r(n.committed)],["fundAvailable",r(n.available)],["fundPledged",r(n.pledged)],["fundInKind",r(n.inKind)],["fundContributors",String(n.contributors)]];return e.jsxs("section",{"aria-labelledby":"fund-title",children:[e.jsx("h1",{id:"fund-title",children:d("fundTitle")}),e.jsx("dl",{className:"figures",children:h.map(([c,m])=>e.jsxs("div",{className:"figure","data-figure":c,children:[e.jsx("dt",{children:d(c)}),e.jsx("dd",{children:m})]},c))}),e.jsx("h2",{children:d("fundByArea")}),u||!n.byArea?e.jsx("p",{children:e.jsx(b,{})}):e.jsxs(e.Fragment,{children:[e.jsx(A,{areas:n.byArea}),e.jsx(N,{areas:n.byArea})]})]})}function o(d,r){return r.area?d(`area.${r.area}`):d("fundUnearmarked")}function A({areas:d}){const{t:r}=l(),t=d.filter(a=>a.received!=null),i=Math.max(1,...t.map(a=>Number(a.received))),s=a=>Math.max(Number(a??0)/i*100,.5);return e.jsxs("figure",{className:"chart",children:[e.jsx("div",{role:"img","aria-label":r("fundChartLabel"),children:t.map(a=>e.jsxs("div",{className:"chart-row",children:[e.jsx("span",{className:"chart-label",children:o(r,a)}),e.jsxs("svg",{viewBox:"0 0 100 20",preserveAspectRatio:"none",className:"bars",children:[e.jsx("rect",{x:"0",y:"0",width:s(a.received),height:"9",className:"bar-received"}),e.jsx("rect",{x:"0",y:"11",width:s(a.committed),height:"9",className:"bar-committed"})]})]},a.area??"none"))}),e.jsxs("figcaption",{children:[e.jsx("span",{className:"swatch swatch-received","aria-hidden":"true"})," ",r("fundChartLegendReceived")," ",e.jsx("span",{className:"swatch swatch-committed","aria-hidden":"true"})," ",r("fundChartLegendCommitted")]})]})}function N({areas:d}){const{t:r,money:t,lang:i}=l();return e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{children:[e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:r("fundArea")}),e.jsx("th",{scope:"col",children:r("fundContributors")}),e.jsx("th",{scope:"col",children:r("fundReceived")}),e.jsx("th",{scope:"col",children:r("fundCommitted")}),e.jsx("th",{scope:"col",children:r("fundAvailable")})]})}),e.jsx("tbody",{children:d.map(s=>e.jsxs("tr",{"data-area":s.area??"UNEARMARKED",children:[e.jsx("th",{scope:"row",children:o(r,s)}),s.suppressedReason?e.jsxs("td",{colSpan:4,className:"suppressed",children:[e.jsx("strong",{children:r("fundSuppressed")}),": ",i==="en"?s.suppressedReason.replace(/^suppressed:\s*/i,""):r("fundSuppressedWhy")]}):e.jsxs(e.Fragment,{children:[e.jsx("td",{children:s.contributors}),e.jsx("td",{children:t(s.received)}),e.jsx("td",{children:t(s.committed)}),e.jsx("td",{children:t(s.available)})]})]},s.area??"none"))})]})})}export{L as default};
