import{u as y,i as $,j as e,F as l,A,S as R,g as I,c as S,L as k,d as q,h as K,C as E}from"./index-CJq5rlcS.js";import{r as c,u as O}from"./graphql-BgRXROpv.js";import{u as D}from"./useAction-D9tjUC5x.js";import"./react-BaS1cqud.js";const F=I(`
  mutation RecordReceipt($id: ID!, $input: ReceiptInput!) {
    recordReceipt(id: $id, input: $input) {
      id
      status
    }
  }
`);function P(n,t){const i=Number(n),s=Number(t);return i>0&&s>0?(Math.round(i*s*100)/100).toFixed(2):""}function V({c:n}){const{t}=y(),i=D(),[s,a]=c.useState(n.outstanding??n.amount),[d,m]=c.useState(n.currency==="EUR"?"1":""),[h,v]=c.useState(n.currency==="EUR"?"EUR":""),[o,x]=c.useState(""),[b,g]=c.useState(()=>new Date().toISOString().slice(0,10)),[C,N]=c.useState(""),f=$(i.error),u=o||P(s,d);return e.jsxs("details",{children:[e.jsx("summary",{children:t("recordReceipt")}),e.jsxs("form",{className:"form",onSubmit:async r=>{r.preventDefault();const p={amount:s,currency:n.currency,rate:d,rateSource:h,eurAmount:u,valueDate:`${b}T00:00:00Z`,reference:C};await i.run(F,{id:n.id,input:p})&&(N(""),x(""))},children:[e.jsx(l,{label:`${t("amount")} (${n.currency})`,error:f.amount,children:(r,p)=>e.jsx("input",{id:r,...p,inputMode:"decimal",value:s,onChange:j=>a(j.target.value),required:!0})}),e.jsx(l,{label:t("rate"),hint:t("rateHint"),error:f.rate,children:(r,p)=>e.jsx("input",{id:r,...p,inputMode:"decimal",value:d,onChange:j=>m(j.target.value),required:!0})}),e.jsx(l,{label:t("rateSource"),error:f.rateSource,children:(r,p)=>e.jsx("input",{id:r,...p,value:h,onChange:j=>v(j.target.value),required:!0})}),e.jsx(l,{label:t("eurCredited"),error:f.eurAmount,children:(r,p)=>e.jsx("input",{id:r,...p,inputMode:"decimal",value:u,onChange:j=>x(j.target.value),required:!0})}),e.jsx(l,{label:t("valueDate"),error:f.valueDate,children:(r,p)=>e.jsx("input",{id:r,...p,type:"date",value:b,onChange:j=>g(j.target.value),required:!0})}),e.jsx(l,{label:t("bankReference"),error:f.reference,children:(r,p)=>e.jsx("input",{id:r,...p,value:C,onChange:j=>N(j.target.value),required:!0})}),e.jsx("button",{type:"submit",className:"primary",disabled:i.busy,children:t("recordReceipt")}),e.jsx(A,{error:i.error,fields:["amount","rate","rateSource","eurAmount","valueDate","reference"]})]})]})}function w({c:n}){const{t,money:i,date:s}=y();return!n.receipts||n.receipts.length===0?null:e.jsxs("section",{className:"sub","aria-label":t("receiptsTitle"),children:[e.jsx("h4",{className:"h4",children:t("receiptsTitle")}),e.jsx("ul",{className:"plain",children:n.receipts.map(a=>e.jsxs("li",{"data-receipt":a.id,"data-status":a.status,children:[e.jsx(R,{value:`RECEIPT_${a.status}`})," ",i(a.amount,a.currency)," · ",i(a.eurAmount)," · ",s(a.valueDate)]},a.id))})]})}function L({c:n}){const{t,money:i}=y();return n.allocations?e.jsxs("section",{className:"sub bought","aria-label":t("whatItBought"),children:[e.jsx("h4",{className:"h4",children:t("whatItBought")}),n.allocations.length===0?e.jsx("p",{className:"muted",children:t("boughtNothingYet")}):e.jsx("ul",{className:"plain",children:n.allocations.map(s=>e.jsxs("li",{"data-order":s.orderId,children:[s.order?.request?.title??s.orderId,": ",i(s.amount)," ",e.jsxs("span",{className:"muted",children:["(",s.area?t(`area.${s.area}`):t("fundUnearmarked"),s.order&&e.jsxs(e.Fragment,{children:[" · ",t(`status.${s.order.status}`)]}),")"]})]},`${s.orderId} ${s.area}`))})]}):null}const M=I(`
  mutation RecordInKindDelivery($id: ID!, $value: Money!, $expectedVersion: Int) {
    recordInKindDelivery(id: $id, value: $value, expectedVersion: $expectedVersion) {
      id
      status
      version
      inKind {
        delivery
        deliveredValue
        deliveredAt
      }
    }
  }
`);function T({c:n,canRecord:t}){const{t:i,money:s,date:a}=y(),d=D(),[m,h]=c.useState(""),v=$(d.error),o=n.inKind;return o?e.jsxs("section",{className:"sub","aria-label":i("inKindTitle"),children:[e.jsxs("dl",{className:"pairs",children:[o.description&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:i("inKindWhat")}),e.jsx("dd",{children:o.description})]}),o.basis&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:i("valuationBasis")}),e.jsx("dd",{children:i(`basis.${o.basis}`)})]}),e.jsx("dt",{children:i("inKindArrived")}),e.jsxs("dd",{"data-in-kind":o.delivery,children:[i(`inKind.${o.delivery}`)," · ",s(o.deliveredValue),o.deliveredAt&&e.jsxs(e.Fragment,{children:[" · ",a(o.deliveredAt)]})]})]}),t&&o.delivery!=="DELIVERED"&&e.jsxs("form",{className:"form row",onSubmit:async x=>{x.preventDefault(),await d.run(M,{id:n.id,value:m,expectedVersion:n.version})&&h("")},children:[e.jsx(l,{label:i("inKindValueArrived"),error:v.value,children:(x,b)=>e.jsx("input",{id:x,...b,inputMode:"decimal",value:m,onChange:g=>h(g.target.value),required:!0})}),e.jsx("button",{type:"submit",disabled:d.busy,children:i("recordInKindDelivery")}),e.jsx(A,{error:d.error,fields:["value"]})]})]}):null}const U=I(`
  query Contributions {
    contributions(first: 200) {
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
          version
          outstanding
          inKind {
            basis
            description
            delivery
            deliveredValue
            deliveredAt
          }
          receipts {
            id
            amount
            currency
            eurAmount
            status
            valueDate
          }
          allocations {
            orderId
            area
            amount
            order {
              id
              status
              request {
                id
                title
              }
            }
          }
        }
      }
    }
  }
`),B=I(`
  mutation PledgeContribution($input: PledgeInput!) {
    pledgeContribution(input: $input) {
      id
      status
    }
  }
`),_=I(`
  mutation CancelContribution($id: ID!, $expectedVersion: Int) {
    cancelContribution(id: $id, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`),G=I(`
  mutation CommitContribution($id: ID!, $reference: String!, $signedOn: Time!) {
    commitContribution(id: $id, reference: $reference, signedOn: $signedOn) {
      id
      status
    }
  }
`);function J(){const{t:n}=y(),t=S(),i=t.can("Contribution","read"),[{data:s,error:a},d]=O({query:U,pause:!i,requestPolicy:"cache-and-network"}),m=t.scopes("Contribution","read").every(h=>h==="own");return e.jsxs("section",{"aria-labelledby":"pledges-title",children:[e.jsx("h1",{id:"pledges-title",children:n("pledgesTitle")}),t.can("Contribution","pledge")&&e.jsx(H,{}),i&&(s?e.jsxs(e.Fragment,{children:[e.jsx("h2",{children:n(m?"ownPledges":"allPledges")}),s.contributions.edges.length===0?e.jsx("p",{children:n("noPledges")}):e.jsx("ul",{className:"cards",children:s.contributions.edges.map(({node:h})=>e.jsx(W,{c:h},h.id))})]}):a?e.jsx(k,{error:a,retry:()=>d({requestPolicy:"network-only"})}):e.jsx(q,{}))]})}function W({c:n}){const{t,money:i,date:s}=y(),a=S(),d=D(),[m,h]=c.useState(""),[v,o]=c.useState(()=>new Date().toISOString().slice(0,10)),x=$(d.error),b=n.nation.code===a.viewer.nation;return e.jsxs("li",{className:"card contribution","data-contribution":n.id,"data-nation":n.nation.code,children:[e.jsxs("div",{className:"card-head",children:[e.jsxs("h3",{children:[n.nation.name," ",e.jsxs("span",{className:"muted",children:["(",n.nation.code,")"]})]}),e.jsx(R,{value:n.status})]}),e.jsxs("dl",{className:"pairs",children:[e.jsx("dt",{children:t("kind")}),e.jsx("dd",{children:t(`kind.${n.kind}`)}),e.jsx("dt",{children:t("amount")}),e.jsx("dd",{children:i(n.amount,n.currency)}),e.jsx("dt",{children:t("eurAmount")}),e.jsx("dd",{children:i(n.eurAmount)}),e.jsx("dt",{children:t("earmark")}),e.jsx("dd",{children:n.earmark?t(`area.${n.earmark}`):t("fundUnearmarked")}),e.jsx("dt",{children:t("pledgedAt")}),e.jsx("dd",{children:s(n.pledgedAt)}),n.receivedEur&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:t("receivedEur")}),e.jsxs("dd",{children:[i(n.receivedEur)," · ",s(n.receivedAt)," · ",t("rate")," ",n.rate]})]})]}),n.status!=="PLEDGED"&&n.outstanding!=null&&n.outstanding!=="0.00"&&e.jsxs("p",{className:"muted","data-outstanding":!0,children:[t("outstanding"),": ",i(n.outstanding,n.currency)]}),e.jsx(T,{c:n,canRecord:a.can("Contribution","recordInKindDelivery")}),e.jsx(w,{c:n}),e.jsx(L,{c:n}),a.can("Contribution","recordReceipt")&&n.status==="COMMITTED"&&n.kind==="FINANCIAL"&&e.jsx(V,{c:n}),e.jsxs("div",{className:"row actions",children:[a.can("Contribution","commit")&&n.status==="PLEDGED"&&e.jsxs(E,{label:t("commitContribution"),question:t("confirmCommit",{nation:n.nation.name,amount:i(n.amount,n.currency)}),onConfirm:()=>d.run(G,{id:n.id,reference:m,signedOn:`${v}T00:00:00Z`}),children:[e.jsx(l,{label:t("agreementReference"),children:g=>e.jsx("input",{id:g,value:m,onChange:C=>h(C.target.value),required:!0})}),e.jsx(l,{label:t("signedOn"),children:g=>e.jsx("input",{id:g,type:"date",value:v,onChange:C=>o(C.target.value),required:!0})})]}),a.can("Contribution","cancel")&&b&&n.status==="PLEDGED"&&e.jsx(E,{label:t("cancelPledge"),danger:!0,question:t("confirmCancelPledge"),onConfirm:()=>d.run(_,{id:n.id,expectedVersion:n.version})})]}),(x.reference||x.signedOn)&&e.jsxs("p",{role:"alert",className:"field-error",children:[t("agreementReference")," / ",t("signedOn"),": ",x.reference??x.signedOn]}),e.jsx(A,{error:d.error,fields:["reference","signedOn"]})]})}function H(){const{t:n}=y(),t=D(),[i,s]=c.useState("FINANCIAL"),[a,d]=c.useState(""),[m,h]=c.useState("EUR"),[v,o]=c.useState(""),[x,b]=c.useState(""),[g,C]=c.useState(""),[N,f]=c.useState("");return e.jsxs("details",{className:"card",open:!0,children:[e.jsx("summary",{children:n("pledgeForm")}),e.jsxs("form",{className:"form",onSubmit:async u=>{u.preventDefault();const r=m==="EUR"?a:v;await t.run(B,{input:{kind:i,amount:a,currency:m.toUpperCase(),eurAmount:r,earmark:x||null,...i==="IN_KIND"?{description:g,valuationBasis:N||null}:{}}})&&(d(""),o(""))},children:[e.jsx(l,{label:n("kind"),children:u=>e.jsxs("select",{id:u,value:i,onChange:r=>s(r.target.value),children:[e.jsx("option",{value:"FINANCIAL",children:n("kind.FINANCIAL")}),e.jsx("option",{value:"IN_KIND",children:n("kind.IN_KIND")})]})}),e.jsx(l,{label:n("amount"),children:u=>e.jsx("input",{id:u,inputMode:"decimal",placeholder:"100000.00",value:a,onChange:r=>d(r.target.value),required:!0})}),e.jsx(l,{label:n("currency"),hint:"ISO 4217",children:u=>e.jsx("input",{id:u,value:m,maxLength:3,onChange:r=>h(r.target.value),required:!0})}),m.toUpperCase()!=="EUR"&&e.jsx(l,{label:n("eurAmount"),children:u=>e.jsx("input",{id:u,inputMode:"decimal",value:v,onChange:r=>o(r.target.value),required:!0})}),i==="IN_KIND"&&e.jsxs(e.Fragment,{children:[e.jsx(l,{label:n("inKindWhat"),hint:n("inKindWhatHint"),children:u=>e.jsx("input",{id:u,value:g,onChange:r=>C(r.target.value),required:!0})}),e.jsx(l,{label:n("valuationBasis"),children:u=>e.jsxs("select",{id:u,value:N,onChange:r=>f(r.target.value),children:[e.jsx("option",{value:"",children:"—"}),["MARKET","DONOR_DECLARED","INVOICE"].map(r=>e.jsx("option",{value:r,children:n(`basis.${r}`)},r))]})})]}),e.jsx(l,{label:n("earmark"),children:u=>e.jsxs("select",{id:u,value:x,onChange:r=>b(r.target.value),children:[e.jsx("option",{value:"",children:n("fundUnearmarked")}),K.map(r=>e.jsx("option",{value:r,children:n(`area.${r}`)},r))]})}),e.jsx("button",{type:"submit",className:"primary",disabled:t.busy,children:n("pledge")}),e.jsx(A,{error:t.error})]})]})}export{J as default};
