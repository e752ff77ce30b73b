import{u as y,c as E,j as e,L as k,d as I,F as u,h as R,A,i as S,S as P,C as f,g as p}from"./index-CzstASgB.js";import{u as q,r as l}from"./graphql-BgRXROpv.js";import{u as $}from"./useAction-D9tjUC5x.js";import"./react-BaS1cqud.js";const D=p(`
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
`),O=p(`
  mutation PledgeContribution($input: PledgeInput!) {
    pledgeContribution(input: $input) {
      id
      status
    }
  }
`),L=p(`
  mutation CancelContribution($id: ID!) {
    cancelContribution(id: $id) {
      id
      status
    }
  }
`),F=p(`
  mutation RecordReceipt($id: ID!, $receivedEur: Money!, $rate: String!) {
    recordReceipt(id: $id, receivedEur: $receivedEur, rate: $rate) {
      id
      status
      receivedEur
      receivedAt
      rate
    }
  }
`),w=p(`
  mutation CommitContribution($id: ID!, $reference: String!, $signedOn: Time!) {
    commitContribution(id: $id, reference: $reference, signedOn: $signedOn) {
      id
      status
    }
  }
`);function _(){const{t:n}=y(),r=E(),s=r.can("Contribution","read"),[{data:c,error:a},d]=q({query:D,pause:!s,requestPolicy:"cache-and-network"}),o=r.scopes("Contribution","read").every(m=>m==="own");return e.jsxs("section",{"aria-labelledby":"pledges-title",children:[e.jsx("h1",{id:"pledges-title",children:n("pledgesTitle")}),r.can("Contribution","pledge")&&e.jsx(M,{}),s&&(c?e.jsxs(e.Fragment,{children:[e.jsx("h2",{children:n(o?"ownPledges":"allPledges")}),c.contributions.edges.length===0?e.jsx("p",{children:n("noPledges")}):e.jsx("ul",{className:"cards",children:c.contributions.edges.map(({node:m})=>e.jsx(U,{c:m},m.id))})]}):a?e.jsx(k,{error:a,retry:()=>d({requestPolicy:"network-only"})}):e.jsx(I,{}))]})}function U({c:n}){const{t:r,money:s,date:c}=y(),a=E(),d=$(),[o,m]=l.useState(n.eurAmount),[g,C]=l.useState(n.currency==="EUR"?"1":""),[j,v]=l.useState(""),[i,t]=l.useState(()=>new Date().toISOString().slice(0,10)),b=S(d.error),N=n.nation.code===a.viewer.nation;return e.jsxs("li",{className:"card contribution","data-contribution":n.id,"data-nation":n.nation.code,children:[e.jsxs("div",{className:"card-head",children:[e.jsxs("h3",{children:[n.nation.name," ",e.jsxs("span",{className:"muted",children:["(",n.nation.code,")"]})]}),e.jsx(P,{value:n.status})]}),e.jsxs("dl",{className:"pairs",children:[e.jsx("dt",{children:r("kind")}),e.jsx("dd",{children:r(`kind.${n.kind}`)}),e.jsx("dt",{children:r("amount")}),e.jsx("dd",{children:s(n.amount,n.currency)}),e.jsx("dt",{children:r("eurAmount")}),e.jsx("dd",{children:s(n.eurAmount)}),e.jsx("dt",{children:r("earmark")}),e.jsx("dd",{children:n.earmark?r(`area.${n.earmark}`):r("fundUnearmarked")}),e.jsx("dt",{children:r("pledgedAt")}),e.jsx("dd",{children:c(n.pledgedAt)}),n.receivedEur&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:r("receivedEur")}),e.jsxs("dd",{children:[s(n.receivedEur)," · ",c(n.receivedAt)," · ",r("rate")," ",n.rate]})]})]}),e.jsxs("div",{className:"row actions",children:[a.can("Contribution","commit")&&n.status==="PLEDGED"&&e.jsxs(f,{label:r("commitContribution"),question:r("confirmCommit",{nation:n.nation.name,amount:s(n.amount,n.currency)}),onConfirm:()=>d.run(w,{id:n.id,reference:j,signedOn:`${i}T00:00:00Z`}),children:[e.jsx(u,{label:r("agreementReference"),children:h=>e.jsx("input",{id:h,value:j,onChange:x=>v(x.target.value),required:!0})}),e.jsx(u,{label:r("signedOn"),children:h=>e.jsx("input",{id:h,type:"date",value:i,onChange:x=>t(x.target.value),required:!0})})]}),a.can("Contribution","recordReceipt")&&n.status==="PLEDGED"&&n.kind==="FINANCIAL"&&e.jsxs(f,{label:r("recordReceipt"),question:`${r("recordReceipt")}: ${n.nation.name}, ${s(n.amount,n.currency)}`,onConfirm:()=>d.run(F,{id:n.id,receivedEur:o,rate:g}),children:[e.jsx(u,{label:r("receivedEur"),children:h=>e.jsx("input",{id:h,inputMode:"decimal",value:o,onChange:x=>m(x.target.value),required:!0})}),e.jsx(u,{label:r("rate"),children:h=>e.jsx("input",{id:h,inputMode:"decimal",value:g,onChange:x=>C(x.target.value),required:!0})})]}),a.can("Contribution","cancel")&&N&&n.status==="PLEDGED"&&e.jsx(f,{label:r("cancelPledge"),danger:!0,question:r("confirmCancelPledge"),onConfirm:()=>d.run(L,{id:n.id})})]}),(b.reference||b.signedOn)&&e.jsxs("p",{role:"alert",className:"field-error",children:[r("agreementReference")," / ",r("signedOn"),": ",b.reference??b.signedOn]}),e.jsx(A,{error:d.error,fields:["reference","signedOn"]})]})}function M(){const{t:n}=y(),r=$(),[s,c]=l.useState("FINANCIAL"),[a,d]=l.useState(""),[o,m]=l.useState("EUR"),[g,C]=l.useState(""),[j,v]=l.useState("");return e.jsxs("details",{className:"card",open:!0,children:[e.jsx("summary",{children:n("pledgeForm")}),e.jsxs("form",{className:"form",onSubmit:async i=>{i.preventDefault();const t=o==="EUR"?a:g;await r.run(O,{input:{kind:s,amount:a,currency:o.toUpperCase(),eurAmount:t,earmark:j||null}})&&(d(""),C(""))},children:[e.jsx(u,{label:n("kind"),children:i=>e.jsxs("select",{id:i,value:s,onChange:t=>c(t.target.value),children:[e.jsx("option",{value:"FINANCIAL",children:n("kind.FINANCIAL")}),e.jsx("option",{value:"IN_KIND",children:n("kind.IN_KIND")})]})}),e.jsx(u,{label:n("amount"),children:i=>e.jsx("input",{id:i,inputMode:"decimal",placeholder:"100000.00",value:a,onChange:t=>d(t.target.value),required:!0})}),e.jsx(u,{label:n("currency"),hint:"ISO 4217",children:i=>e.jsx("input",{id:i,value:o,maxLength:3,onChange:t=>m(t.target.value),required:!0})}),o.toUpperCase()!=="EUR"&&e.jsx(u,{label:n("eurAmount"),children:i=>e.jsx("input",{id:i,inputMode:"decimal",value:g,onChange:t=>C(t.target.value),required:!0})}),e.jsx(u,{label:n("earmark"),children:i=>e.jsxs("select",{id:i,value:j,onChange:t=>v(t.target.value),children:[e.jsx("option",{value:"",children:n("fundUnearmarked")}),R.map(t=>e.jsx("option",{value:t,children:n(`area.${t}`)},t))]})}),e.jsx("button",{type:"submit",className:"primary",disabled:r.busy,children:n("pledge")}),e.jsx(A,{error:r.error})]})]})}export{_ as default};
