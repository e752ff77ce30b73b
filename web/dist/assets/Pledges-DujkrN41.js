import{u as v,b as C,j as e,L as E,c as k,F as c,e as N,A as y,S as f,C as b,g}from"./index-BVLlvVw_.js";import{u as I,r as m}from"./graphql-BgRXROpv.js";import{u as A}from"./useAction-D9tjUC5x.js";import"./react-BaS1cqud.js";const R=g(`
  query Contributions {
    contributions(first: 500) {
      edges {
        node {
          id
          nation {
            code
            name
          }
          kind
          amount
          currency
          eurAmount
          receivedEur
          earmark
          status
          pledgedAt
          receivedAt
          rate
        }
      }
    }
  }
`),$=g(`
  mutation PledgeContribution($input: PledgeInput!) {
    pledgeContribution(input: $input) {
      id
      status
    }
  }
`),P=g(`
  mutation CancelContribution($id: ID!) {
    cancelContribution(id: $id) {
      id
      status
    }
  }
`),q=g(`
  mutation RecordReceipt($id: ID!, $receivedEur: Money!, $rate: String!) {
    recordReceipt(id: $id, receivedEur: $receivedEur, rate: $rate) {
      id
      status
      receivedEur
      receivedAt
      rate
    }
  }
`);function M(){const{t:r}=v(),n=C(),i=n.can("Contribution","read"),[{data:o,error:s},u]=I({query:R,pause:!i,requestPolicy:"cache-and-network"}),d=n.scopes("Contribution","read").every(l=>l==="own");return e.jsxs("section",{"aria-labelledby":"pledges-title",children:[e.jsx("h1",{id:"pledges-title",children:r("pledgesTitle")}),n.can("Contribution","pledge")&&e.jsx(D,{}),i&&(o?e.jsxs(e.Fragment,{children:[e.jsx("h2",{children:r(d?"ownPledges":"allPledges")}),o.contributions.edges.length===0?e.jsx("p",{children:r("noPledges")}):e.jsx("ul",{className:"cards",children:o.contributions.edges.map(({node:l})=>e.jsx(S,{c:l},l.id))})]}):s?e.jsx(E,{error:s,retry:()=>u({requestPolicy:"network-only"})}):e.jsx(k,{}))]})}function S({c:r}){const{t:n,money:i,date:o}=v(),s=C(),u=A(),[d,l]=m.useState(r.eurAmount),[x,p]=m.useState(r.currency==="EUR"?"1":""),j=r.nation.code===s.viewer.nation;return e.jsxs("li",{className:"card contribution","data-contribution":r.id,"data-nation":r.nation.code,children:[e.jsxs("div",{className:"card-head",children:[e.jsxs("h3",{children:[r.nation.name," ",e.jsxs("span",{className:"muted",children:["(",r.nation.code,")"]})]}),e.jsx(f,{value:r.status})]}),e.jsxs("dl",{className:"pairs",children:[e.jsx("dt",{children:n("kind")}),e.jsx("dd",{children:n(`kind.${r.kind}`)}),e.jsx("dt",{children:n("amount")}),e.jsx("dd",{children:i(r.amount,r.currency)}),e.jsx("dt",{children:n("eurAmount")}),e.jsx("dd",{children:i(r.eurAmount)}),e.jsx("dt",{children:n("earmark")}),e.jsx("dd",{children:r.earmark?n(`area.${r.earmark}`):n("fundUnearmarked")}),e.jsx("dt",{children:n("pledgedAt")}),e.jsx("dd",{children:o(r.pledgedAt)}),r.receivedEur&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:n("receivedEur")}),e.jsxs("dd",{children:[i(r.receivedEur)," · ",o(r.receivedAt)," · ",n("rate")," ",r.rate]})]})]}),e.jsxs("div",{className:"row actions",children:[s.can("Contribution","recordReceipt")&&r.status==="PLEDGED"&&r.kind==="FINANCIAL"&&e.jsxs(b,{label:n("recordReceipt"),question:`${n("recordReceipt")}: ${r.nation.name}, ${i(r.amount,r.currency)}`,onConfirm:()=>u.run(q,{id:r.id,receivedEur:d,rate:x}),children:[e.jsx(c,{label:n("receivedEur"),children:h=>e.jsx("input",{id:h,inputMode:"decimal",value:d,onChange:t=>l(t.target.value),required:!0})}),e.jsx(c,{label:n("rate"),children:h=>e.jsx("input",{id:h,inputMode:"decimal",value:x,onChange:t=>p(t.target.value),required:!0})})]}),s.can("Contribution","cancel")&&j&&r.status==="PLEDGED"&&e.jsx(b,{label:n("cancelPledge"),danger:!0,question:n("confirmCancelPledge"),onConfirm:()=>u.run(P,{id:r.id})})]}),e.jsx(y,{error:u.error})]})}function D(){const{t:r}=v(),n=A(),[i,o]=m.useState("FINANCIAL"),[s,u]=m.useState(""),[d,l]=m.useState("EUR"),[x,p]=m.useState(""),[j,h]=m.useState("");return e.jsxs("details",{className:"card",open:!0,children:[e.jsx("summary",{children:r("pledgeForm")}),e.jsxs("form",{className:"form",onSubmit:async t=>{t.preventDefault();const a=d==="EUR"?s:x;await n.run($,{input:{kind:i,amount:s,currency:d.toUpperCase(),eurAmount:a,earmark:j||null}})&&(u(""),p(""))},children:[e.jsx(c,{label:r("kind"),children:t=>e.jsxs("select",{id:t,value:i,onChange:a=>o(a.target.value),children:[e.jsx("option",{value:"FINANCIAL",children:r("kind.FINANCIAL")}),e.jsx("option",{value:"IN_KIND",children:r("kind.IN_KIND")})]})}),e.jsx(c,{label:r("amount"),children:t=>e.jsx("input",{id:t,inputMode:"decimal",placeholder:"100000.00",value:s,onChange:a=>u(a.target.value),required:!0})}),e.jsx(c,{label:r("currency"),hint:"ISO 4217",children:t=>e.jsx("input",{id:t,value:d,maxLength:3,onChange:a=>l(a.target.value),required:!0})}),d.toUpperCase()!=="EUR"&&e.jsx(c,{label:r("eurAmount"),children:t=>e.jsx("input",{id:t,inputMode:"decimal",value:x,onChange:a=>p(a.target.value),required:!0})}),e.jsx(c,{label:r("earmark"),children:t=>e.jsxs("select",{id:t,value:j,onChange:a=>h(a.target.value),children:[e.jsx("option",{value:"",children:r("fundUnearmarked")}),N.map(a=>e.jsx("option",{value:a,children:r(`area.${a}`)},a))]})}),e.jsx("button",{type:"submit",className:"primary",disabled:n.busy,children:r("pledge")}),e.jsx(y,{error:n.error})]})]})}export{M as default};
