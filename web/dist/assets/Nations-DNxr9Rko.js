import{u as N,c as R,j as e,L as E,d as b,F as u,A as g,S as v,C as x,g as p}from"./index-CJq5rlcS.js";import{u as A,r as m}from"./graphql-BgRXROpv.js";import{u as S}from"./useAction-D9tjUC5x.js";import"./react-BaS1cqud.js";const $=p(`
  query Nations {
    nations(first: 300) {
      edges {
        node {
          code
          name
          role
          status
          joinedAt
          suspendedReason
        }
      }
    }
  }
`),y=p(`
  mutation AdmitNation($input: AdmitNationInput!) {
    admitNation(input: $input) {
      code
      name
      role
      status
      joinedAt
    }
  }
`),q=p(`
  mutation SetNationRole($code: String!, $role: NationRole!) {
    setNationRole(code: $code, role: $role) {
      code
      role
    }
  }
`),I=p(`
  mutation SuspendNation($code: String!, $reason: String!) {
    suspendNation(code: $code, reason: $reason) {
      code
      status
      suspendedReason
    }
  }
`),B=p(`
  mutation ReinstateNation($code: String!) {
    reinstateNation(code: $code) {
      code
      status
      suspendedReason
    }
  }
`),f=["CHAIR","MEMBER","OBSERVER"];function U(){const{t:s}=N(),i=R(),[{data:t,error:d},l]=A({query:$,requestPolicy:"cache-and-network"});if(!t)return d?e.jsx(E,{error:d,retry:()=>l({requestPolicy:"network-only"})}):e.jsx(b,{});const r=["setRole","suspend","reinstate"].some(a=>i.can("Nation",a));return e.jsxs("section",{"aria-labelledby":"nations-title",children:[e.jsx("h1",{id:"nations-title",children:s("nationsTitle")}),i.can("Nation","admit")&&e.jsx(M,{}),e.jsx("ul",{className:"cards",children:t.nations.edges.map(({node:a})=>e.jsx(F,{n:a,manage:r},a.code))})]})}function F({n:s,manage:i}){const{t,date:d}=N(),l=R(),r=S(),[a,h]=m.useState(s.role==="BENEFICIARY"?"MEMBER":s.role),[o,n]=m.useState(""),C=s.role==="BENEFICIARY";return e.jsxs("li",{className:"card nation","data-nation":s.code,"data-status":s.status,children:[e.jsxs("div",{className:"card-head",children:[e.jsxs("h2",{className:"h3",children:[s.name," ",e.jsxs("span",{className:"muted",children:["(",s.code,")"]})]}),e.jsx("span",{className:"badge",children:t(`role.${s.role}`)}),e.jsx(v,{value:s.status})]}),e.jsxs("p",{className:"muted",children:[t("joined"),": ",d(s.joinedAt),s.suspendedReason&&e.jsxs(e.Fragment,{children:[" · ",t("suspendReason"),": ",s.suspendedReason]})]}),i&&!C&&e.jsxs("div",{className:"row actions",children:[l.can("Nation","setRole")&&e.jsxs(e.Fragment,{children:[e.jsx(u,{label:t("role"),children:j=>e.jsx("select",{id:j,value:a,onChange:c=>h(c.target.value),children:f.map(c=>e.jsx("option",{value:c,children:t(`role.${c}`)},c))})}),e.jsx(x,{label:t("changeRole"),question:t("confirmRole",{name:s.name,role:t(`role.${a}`)}),disabled:a===s.role,onConfirm:()=>r.run(q,{code:s.code,role:a})})]}),l.can("Nation","suspend")&&s.status==="ACTIVE"&&e.jsx(x,{label:t("suspend"),danger:!0,question:t("confirmSuspend",{name:s.name}),onConfirm:()=>r.run(I,{code:s.code,reason:o}),children:e.jsx(u,{label:t("suspendReason"),children:j=>e.jsx("input",{id:j,value:o,onChange:c=>n(c.target.value),required:!0})})}),l.can("Nation","reinstate")&&s.status==="SUSPENDED"&&e.jsx(x,{label:t("reinstate"),question:t("confirmReinstate",{name:s.name}),onConfirm:()=>r.run(B,{code:s.code})})]}),e.jsx(g,{error:r.error,hint:s.role==="CHAIR"?t("lastChair"):void 0})]})}function M(){const{t:s}=N(),i=S(),[t,d]=m.useState(""),[l,r]=m.useState(""),[a,h]=m.useState("MEMBER");return e.jsxs("details",{className:"card",children:[e.jsx("summary",{children:s("admitNation")}),e.jsxs("form",{className:"form",onSubmit:async o=>{o.preventDefault(),await i.run(y,{input:{code:t.toUpperCase(),name:l,role:a}})&&(d(""),r(""))},children:[e.jsx(u,{label:s("code"),hint:"ISO 3166-1 alpha-2",children:o=>e.jsx("input",{id:o,value:t,maxLength:2,onChange:n=>d(n.target.value),required:!0,autoCapitalize:"characters"})}),e.jsx(u,{label:s("name"),children:o=>e.jsx("input",{id:o,value:l,onChange:n=>r(n.target.value),required:!0})}),e.jsx(u,{label:s("role"),children:o=>e.jsx("select",{id:o,value:a,onChange:n=>h(n.target.value),children:f.map(n=>e.jsx("option",{value:n,children:s(`role.${n}`)},n))})}),e.jsx("button",{type:"submit",className:"primary",disabled:i.busy,children:s("admit")}),e.jsx(g,{error:i.error})]})]})}export{U as default};
