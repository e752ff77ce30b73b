import{u as m,c as h,j as s,L as p,d as P,S,C as x,F as b,A as g,g as c}from"./index-CJq5rlcS.js";import{u as f,r as $}from"./graphql-BgRXROpv.js";import{u as y}from"./useAction-D9tjUC5x.js";import"./react-BaS1cqud.js";const N=c(`
  query People {
    people(first: 1000) {
      totalCount
      edges {
        node {
          issuer
          sub
          nation
          role
          status
          reason
          firstSeen
          lastSeen
        }
      }
    }
  }
`),v=c(`
  mutation SuspendPerson($issuer: String!, $sub: String!, $reason: String!) {
    suspendPerson(issuer: $issuer, sub: $sub, reason: $reason) {
      issuer
      sub
      status
      reason
    }
  }
`),q=c(`
  mutation ReinstatePerson($issuer: String!, $sub: String!, $reason: String!) {
    reinstatePerson(issuer: $issuer, sub: $sub, reason: $reason) {
      issuer
      sub
      status
      reason
    }
  }
`);function I(){const{t:e}=m(),r=h(),[{data:o,error:t},i]=f({query:N,requestPolicy:"cache-and-network"});if(!o)return t?s.jsx(p,{error:t,retry:()=>i({requestPolicy:"network-only"})}):s.jsx(P,{});const a=r.scopes("Person","read").every(n=>n==="own"),u=o.people.edges.map(n=>n.node);return s.jsxs("section",{"aria-labelledby":"people-title",children:[s.jsx("h1",{id:"people-title",children:e("peopleTitle")}),s.jsx("p",{className:"muted",children:a?e("peopleOwnIntro",{nation:r.viewer.nation}):e("peopleIntro")}),u.length===0?s.jsx("p",{children:e("noPeople")}):s.jsx("ul",{className:"cards",children:u.map(n=>s.jsx(C,{p:n},`${n.issuer} ${n.sub}`))})]})}function C({p:e}){const{t:r,dateTime:o}=m(),t=h(),i=y(),[a,u]=$.useState(""),n=e.sub===t.viewer.sub,j=`role.${e.role}`;return s.jsxs("li",{className:"card person","data-sub":e.sub,"data-nation":e.nation,"data-status":e.status,children:[s.jsxs("div",{className:"card-head",children:[s.jsxs("h2",{className:"h3",children:[e.sub," ",n&&s.jsxs("span",{className:"muted",children:["(",r("you"),")"]})]}),s.jsxs("span",{className:"badge",children:[r(j)," · ",e.nation]}),s.jsx(S,{value:e.status})]}),s.jsxs("dl",{className:"pairs",children:[s.jsx("dt",{children:r("issuer")}),s.jsx("dd",{className:"break",children:e.issuer}),s.jsx("dt",{children:r("firstSeen")}),s.jsx("dd",{children:o(e.firstSeen)}),s.jsx("dt",{children:r("lastSeen")}),s.jsx("dd",{children:o(e.lastSeen)}),e.reason&&s.jsxs(s.Fragment,{children:[s.jsx("dt",{children:r("reason")}),s.jsx("dd",{children:e.reason})]})]}),s.jsxs("div",{className:"row actions",children:[t.can("Person","suspend")&&e.status==="ACTIVE"&&!n&&s.jsx(x,{label:r("suspendPerson",{sub:e.sub}),danger:!0,question:r("confirmSuspendPerson",{sub:e.sub}),onConfirm:()=>i.run(v,{issuer:e.issuer,sub:e.sub,reason:a}),children:s.jsx(b,{label:r("reason"),children:l=>s.jsx("input",{id:l,value:a,onChange:d=>u(d.target.value),required:!0})})}),t.can("Person","reinstate")&&e.status==="SUSPENDED"&&s.jsx(x,{label:r("reinstatePerson",{sub:e.sub}),question:r("confirmReinstatePerson",{sub:e.sub}),onConfirm:()=>i.run(q,{issuer:e.issuer,sub:e.sub,reason:a}),children:s.jsx(b,{label:r("reason"),children:l=>s.jsx("input",{id:l,value:a,onChange:d=>u(d.target.value),required:!0})})})]}),s.jsx(g,{error:i.error})]})}export{I as default};
