import{u as x,j as t,F as h,L as j,c as p,g as m}from"./index-Bqmwrd3s.js";import{r as u,u as f}from"./graphql-BgRXROpv.js";import"./react-BaS1cqud.js";const b=m(`
  query Audit($first: Int!, $after: String, $action: String, $target: String) {
    auditLog(first: $first, after: $after, action: $action, target: $target) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          actor {
            sub
            role
            nation
          }
          action
          target
          outcome
          detail
        }
      }
    }
  }
`),y=50;function C(){const{t:a}=x(),[r,i]=u.useState({action:"",target:""}),[s,d]=u.useState({action:"",target:""}),[o,c]=u.useState([null]),n=e=>{d(e),c([null])};return t.jsxs("section",{"aria-labelledby":"audit-title",children:[t.jsx("h1",{id:"audit-title",children:a("auditTitle")}),t.jsxs("form",{className:"form row filters",role:"search",onSubmit:e=>{e.preventDefault(),n(r)},children:[t.jsx(h,{label:a("auditAction"),hint:"approveOrder",children:e=>t.jsx("input",{id:e,value:r.action,onChange:l=>i({...r,action:l.target.value})})}),t.jsx(h,{label:a("auditTarget"),hint:"Order:…",children:e=>t.jsx("input",{id:e,value:r.target,onChange:l=>i({...r,target:l.target.value})})}),t.jsx("button",{type:"submit",className:"primary",children:a("filter")}),t.jsx("button",{type:"button",onClick:()=>{i({action:"",target:""}),n({action:"",target:""})},children:a("clearFilter")})]}),t.jsx("div",{className:"table-wrap",children:t.jsxs("table",{children:[t.jsx("thead",{children:t.jsxs("tr",{children:[t.jsx("th",{scope:"col",children:a("auditAt")}),t.jsx("th",{scope:"col",children:a("auditActor")}),t.jsx("th",{scope:"col",children:a("auditAction")}),t.jsx("th",{scope:"col",children:a("auditTarget")}),t.jsx("th",{scope:"col",children:a("auditOutcome")}),t.jsx("th",{scope:"col",children:a("auditDetail")})]})}),o.map((e,l)=>t.jsx($,{after:e,filter:s,onMore:l===o.length-1?g=>c([...o,g]):void 0},`${s.action}|${s.target}|${e}`))]})})]})}function $({after:a,filter:r,onMore:i}){const{t:s,dateTime:d}=x(),[{data:o,error:c}]=f({query:b,variables:{first:y,after:a,action:r.action||null,target:r.target||null},requestPolicy:"cache-and-network"});if(!o)return t.jsx("tbody",{children:t.jsx("tr",{children:t.jsx("td",{colSpan:6,children:c?t.jsx(j,{error:c}):t.jsx(p,{})})})});const n=o.auditLog;return t.jsxs("tbody",{children:[n.edges.length===0&&a===null&&t.jsx("tr",{children:t.jsx("td",{colSpan:6,children:s("noEvents")})}),n.edges.map(({node:e})=>t.jsxs("tr",{"data-outcome":e.outcome,children:[t.jsx("td",{children:d(e.at)}),t.jsxs("td",{children:[e.actor.sub," ",t.jsxs("span",{className:"muted",children:["(",e.actor.role,", ",e.actor.nation,")"]})]}),t.jsx("td",{children:e.action}),t.jsx("td",{children:e.target}),t.jsx("td",{children:s(`outcome.${e.outcome}`)}),t.jsx("td",{className:"detail",children:e.detail})]},e.id)),i&&n.pageInfo.hasNextPage&&n.pageInfo.endCursor&&t.jsx("tr",{children:t.jsx("td",{colSpan:6,children:t.jsx("button",{type:"button",onClick:()=>i(n.pageInfo.endCursor),children:s("loadMore")})})})]})}export{C as default};
