import{u as C,b as k,j as e,L as S,c as q,F as u,e as P,A as f,S as $,C as A,g as v}from"./index-Bqmwrd3s.js";import{u as D,r as o}from"./graphql-BgRXROpv.js";import{u as N}from"./useAction-D9tjUC5x.js";import"./react-BaS1cqud.js";const F=v(`
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
`),w=v(`
  mutation PledgeContribution($input: PledgeInput!) {
    pledgeContribution(input: $input) {
      id
      status
    }
  }
`),L=v(`
  mutation CancelContribution($id: ID!) {
    cancelContribution(id: $id) {
      id
      status
    }
  }
`),U=v(`
  mutation RecordReceipt($id: ID!, $input: ReceiptInput!) {
    recordReceipt(id: $id, input: $input) {
      id
      status
    }
  }
`);function B(){const{t}=C(),n=k(),s=n.can("Contribution","read"),[{data:m,error:i},p]=D({query:F,pause:!s,requestPolicy:"cache-and-network"}),d=n.scopes("Contribution","read").every(x=>x==="own");return e.jsxs("section",{"aria-labelledby":"pledges-title",children:[e.jsx("h1",{id:"pledges-title",children:t("pledgesTitle")}),n.can("Contribution","pledge")&&e.jsx(K,{}),s&&(m?e.jsxs(e.Fragment,{children:[e.jsx("h2",{children:t(d?"ownPledges":"allPledges")}),m.contributions.edges.length===0?e.jsx("p",{children:t("noPledges")}):e.jsx("ul",{className:"cards",children:m.contributions.edges.map(({node:x})=>e.jsx(M,{c:x},x.id))})]}):i?e.jsx(S,{error:i,retry:()=>p({requestPolicy:"network-only"})}):e.jsx(q,{}))]})}function M({c:t}){const{t:n,money:s,date:m}=C(),i=k(),p=N(),[d,x]=o.useState(t.amount),[h,g]=o.useState(t.eurAmount),[j,b]=o.useState(t.currency==="EUR"?"1":""),[a,r]=o.useState(""),[y,E]=o.useState(""),I=()=>({id:t.id,input:{amount:d,currency:t.currency,rate:j,rateSource:a,eurAmount:h,valueDate:new Date().toISOString(),reference:y}}),R=t.nation.code===i.viewer.nation;return e.jsxs("li",{className:"card contribution","data-contribution":t.id,"data-nation":t.nation.code,children:[e.jsxs("div",{className:"card-head",children:[e.jsxs("h3",{children:[t.nation.name," ",e.jsxs("span",{className:"muted",children:["(",t.nation.code,")"]})]}),e.jsx($,{value:t.status})]}),e.jsxs("dl",{className:"pairs",children:[e.jsx("dt",{children:n("kind")}),e.jsx("dd",{children:n(`kind.${t.kind}`)}),e.jsx("dt",{children:n("amount")}),e.jsx("dd",{children:s(t.amount,t.currency)}),e.jsx("dt",{children:n("eurAmount")}),e.jsx("dd",{children:s(t.eurAmount)}),e.jsx("dt",{children:n("earmark")}),e.jsx("dd",{children:t.earmark?n(`area.${t.earmark}`):n("fundUnearmarked")}),e.jsx("dt",{children:n("pledgedAt")}),e.jsx("dd",{children:m(t.pledgedAt)}),t.receivedEur&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:n("receivedEur")}),e.jsxs("dd",{children:[s(t.receivedEur)," · ",m(t.receivedAt)," · ",n("rate")," ",t.rate]})]})]}),e.jsxs("div",{className:"row actions",children:[i.can("Contribution","recordReceipt")&&t.status==="COMMITTED"&&t.kind==="FINANCIAL"&&e.jsxs(A,{label:n("recordReceipt"),question:`${n("recordReceipt")}: ${t.nation.name}, ${s(t.amount,t.currency)}`,onConfirm:()=>p.run(U,I()),children:[e.jsx(u,{label:n("amount"),children:l=>e.jsx("input",{id:l,inputMode:"decimal",value:d,onChange:c=>x(c.target.value),required:!0})}),e.jsx(u,{label:n("rate"),children:l=>e.jsx("input",{id:l,inputMode:"decimal",value:j,onChange:c=>b(c.target.value),required:!0})}),e.jsx(u,{label:n("rateSource"),children:l=>e.jsx("input",{id:l,value:a,onChange:c=>r(c.target.value),required:!0})}),e.jsx(u,{label:n("receivedEur"),children:l=>e.jsx("input",{id:l,inputMode:"decimal",value:h,onChange:c=>g(c.target.value),required:!0})}),e.jsx(u,{label:n("bankReference"),children:l=>e.jsx("input",{id:l,value:y,onChange:c=>E(c.target.value),required:!0})})]}),i.can("Contribution","cancel")&&R&&t.status==="PLEDGED"&&e.jsx(A,{label:n("cancelPledge"),danger:!0,question:n("confirmCancelPledge"),onConfirm:()=>p.run(L,{id:t.id})})]}),e.jsx(f,{error:p.error})]})}function K(){const{t}=C(),n=N(),[s,m]=o.useState("FINANCIAL"),[i,p]=o.useState(""),[d,x]=o.useState("EUR"),[h,g]=o.useState(""),[j,b]=o.useState("");return e.jsxs("details",{className:"card",open:!0,children:[e.jsx("summary",{children:t("pledgeForm")}),e.jsxs("form",{className:"form",onSubmit:async a=>{a.preventDefault();const r=d==="EUR"?i:h;await n.run(w,{input:{kind:s,amount:i,currency:d.toUpperCase(),eurAmount:r,earmark:j||null}})&&(p(""),g(""))},children:[e.jsx(u,{label:t("kind"),children:a=>e.jsxs("select",{id:a,value:s,onChange:r=>m(r.target.value),children:[e.jsx("option",{value:"FINANCIAL",children:t("kind.FINANCIAL")}),e.jsx("option",{value:"IN_KIND",children:t("kind.IN_KIND")})]})}),e.jsx(u,{label:t("amount"),children:a=>e.jsx("input",{id:a,inputMode:"decimal",placeholder:"100000.00",value:i,onChange:r=>p(r.target.value),required:!0})}),e.jsx(u,{label:t("currency"),hint:"ISO 4217",children:a=>e.jsx("input",{id:a,value:d,maxLength:3,onChange:r=>x(r.target.value),required:!0})}),d.toUpperCase()!=="EUR"&&e.jsx(u,{label:t("eurAmount"),children:a=>e.jsx("input",{id:a,inputMode:"decimal",value:h,onChange:r=>g(r.target.value),required:!0})}),e.jsx(u,{label:t("earmark"),children:a=>e.jsxs("select",{id:a,value:j,onChange:r=>b(r.target.value),children:[e.jsx("option",{value:"",children:t("fundUnearmarked")}),P.map(r=>e.jsx("option",{value:r,children:t(`area.${r}`)},r))]})}),e.jsx("button",{type:"submit",className:"primary",disabled:n.busy,children:t("pledge")}),e.jsx(f,{error:n.error})]})]})}export{B as default};
