import{u as j,j as t,F as u,L as b,d as S,g as $}from"./index-CJq5rlcS.js";import{r as x,u as v}from"./graphql-BgRXROpv.js";import"./react-BaS1cqud.js";const N=$(`
  query Audit(
    $first: Int!
    $after: String
    $action: String
    $target: String
    $from: Time
    $to: Time
    $actorSub: String
    $actorNation: String
    $outcome: AuditOutcome
    $targetType: String
  ) {
    auditLog(
      first: $first
      after: $after
      action: $action
      target: $target
      from: $from
      to: $to
      actorSub: $actorSub
      actorNation: $actorNation
      outcome: $outcome
      targetType: $targetType
    ) {
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
          targetType
          outcome
          detail
          reason
          changes {
            field
            before
            after
          }
        }
      }
    }
  }
`),T=50,C=["OK","DENIED","FAILED"],A=["Nation","Contribution","Receipt","PriorityRequest","Order","Delivery","Person","Supplier"],h={action:"",target:"",from:"",to:"",actorSub:"",actorNation:"",outcome:"",targetType:""},m=(e,a=!1)=>e?new Date(Date.parse(`${e}T00:00:00Z`)+(a?864e5:0)).toISOString().replace(/\.\d{3}Z$/,"Z"):null;function P(){const{t:e}=j(),[a,s]=x.useState(h),[c,g]=x.useState(h),[l,d]=x.useState([null]),i=o=>{g(o),d([null])},n=(o,r,p)=>t.jsx(u,{label:e(r),hint:p,children:f=>t.jsx("input",{id:f,value:a[o],onChange:y=>s({...a,[o]:y.target.value})})});return t.jsxs("section",{"aria-labelledby":"audit-title",children:[t.jsx("h1",{id:"audit-title",children:e("auditTitle")}),t.jsxs("form",{className:"form row filters",role:"search",onSubmit:o=>{o.preventDefault(),i(a)},children:[n("action","auditAction","approveOrder"),n("target","auditTarget","Order:…"),t.jsx(u,{label:e("auditTargetType"),children:o=>t.jsxs("select",{id:o,value:a.targetType,onChange:r=>s({...a,targetType:r.target.value}),children:[t.jsx("option",{value:"",children:e("any")}),A.map(r=>t.jsx("option",{value:r,children:r},r))]})}),n("actorSub","auditActorSub"),n("actorNation","auditActorNation","EE"),t.jsx(u,{label:e("auditOutcome"),children:o=>t.jsxs("select",{id:o,value:a.outcome,onChange:r=>s({...a,outcome:r.target.value}),children:[t.jsx("option",{value:"",children:e("any")}),C.map(r=>t.jsx("option",{value:r,children:e(`outcome.${r}`)},r))]})}),t.jsx(u,{label:e("auditFrom"),children:o=>t.jsx("input",{id:o,type:"date",value:a.from,onChange:r=>s({...a,from:r.target.value})})}),t.jsx(u,{label:e("auditTo"),children:o=>t.jsx("input",{id:o,type:"date",value:a.to,onChange:r=>s({...a,to:r.target.value})})}),t.jsx("button",{type:"submit",className:"primary",children:e("filter")}),t.jsx("button",{type:"button",onClick:()=>{s(h),i(h)},children:e("clearFilter")})]}),t.jsx("div",{className:"table-wrap",children:t.jsxs("table",{children:[t.jsx("thead",{children:t.jsxs("tr",{children:[t.jsx("th",{scope:"col",children:e("auditAt")}),t.jsx("th",{scope:"col",children:e("auditActor")}),t.jsx("th",{scope:"col",children:e("auditAction")}),t.jsx("th",{scope:"col",children:e("auditTarget")}),t.jsx("th",{scope:"col",children:e("auditOutcome")}),t.jsx("th",{scope:"col",children:e("auditChanges")})]})}),l.map((o,r)=>t.jsx(D,{after:o,filter:c,onMore:r===l.length-1?p=>d([...l,p]):void 0},`${JSON.stringify(c)}|${o}`))]})})]})}function D({after:e,filter:a,onMore:s}){const{t:c,dateTime:g}=j(),[{data:l,error:d}]=v({query:N,variables:{first:T,after:e,action:a.action||null,target:a.target||null,from:m(a.from),to:m(a.to,!0),actorSub:a.actorSub||null,actorNation:a.actorNation.toUpperCase()||null,outcome:a.outcome||null,targetType:a.targetType||null},requestPolicy:"cache-and-network"});if(!l)return t.jsx("tbody",{children:t.jsx("tr",{children:t.jsx("td",{colSpan:6,children:d?t.jsx(b,{error:d}):t.jsx(S,{})})})});const i=l.auditLog;return t.jsxs("tbody",{children:[i.edges.length===0&&e===null&&t.jsx("tr",{children:t.jsx("td",{colSpan:6,children:c("noEvents")})}),i.edges.map(({node:n})=>t.jsxs("tr",{"data-outcome":n.outcome,"data-event":n.id,children:[t.jsx("td",{children:g(n.at)}),t.jsxs("td",{children:[n.actor.sub," ",t.jsxs("span",{className:"muted",children:["(",n.actor.role,", ",n.actor.nation,")"]})]}),t.jsx("td",{children:n.action}),t.jsx("td",{children:n.target}),t.jsx("td",{children:c(`outcome.${n.outcome}`)}),t.jsx("td",{className:"detail",children:t.jsx(E,{e:n})})]},n.id)),s&&i.pageInfo.hasNextPage&&i.pageInfo.endCursor&&t.jsx("tr",{children:t.jsx("td",{colSpan:6,children:t.jsx("button",{type:"button",onClick:()=>s(i.pageInfo.endCursor),children:c("loadMore")})})})]})}function E({e}){const{t:a}=j();return t.jsxs(t.Fragment,{children:[e.reason&&t.jsxs("p",{className:"reason",children:[a("reason"),": ",e.reason]}),e.changes.length>0?t.jsx("dl",{className:"changes",children:e.changes.map(s=>t.jsxs("div",{"data-field":s.field,children:[t.jsx("dt",{children:s.field}),t.jsxs("dd",{children:[t.jsxs("span",{className:"visually-hidden",children:[a("before"),": "]}),t.jsx("del",{children:s.before??"—"})," → ",t.jsxs("span",{className:"visually-hidden",children:[a("after"),": "]}),t.jsx("ins",{children:s.after??"—"})]})]},s.field))}):e.detail]})}export{P as default};
