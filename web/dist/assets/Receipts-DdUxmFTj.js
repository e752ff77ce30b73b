import{u as v,j as e,L as j,d as R,c as B,S as N,C as A,F as b,A as g,g as a}from"./index-CJq5rlcS.js";import{u as q,r as C}from"./graphql-BgRXROpv.js";import{u as D}from"./useAction-D9tjUC5x.js";import"./react-BaS1cqud.js";const I=a(`
  query Receipts {
    receipts(first: 1000) {
      edges {
        node {
          id
          amount
          currency
          rate
          rateSource
          eurAmount
          valueDate
          reference
          status
          recordedBy
          recordedAt
          confirmedBy
          confirmedAt
          version
          reversal {
            reason
            requestedBy
            requestedAt
            confirmedBy
            confirmedAt
          }
          contribution {
            id
            nation {
              code
              name
            }
          }
        }
      }
    }
  }
`),$=a(`
  mutation ConfirmReceipt($id: ID!, $expectedVersion: Int) {
    confirmReceipt(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      confirmedBy
      confirmedAt
      version
      reversal {
        reason
        requestedBy
        requestedAt
        confirmedBy
        confirmedAt
      }
    }
  }
`),E=a(`
  mutation ReverseReceipt($id: ID!, $reason: String!, $expectedVersion: Int) {
    reverseReceipt(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      id
      status
      version
      reversal {
        reason
        requestedBy
        requestedAt
        confirmedBy
        confirmedAt
      }
    }
  }
`),P=a(`
  mutation DeclineReversal($id: ID!, $expectedVersion: Int) {
    declineReversal(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
      reversal {
        reason
        requestedBy
        requestedAt
        confirmedBy
        confirmedAt
      }
    }
  }
`);function G(){const{t:r}=v(),[{data:s,error:c},o]=q({query:I,requestPolicy:"cache-and-network"});if(!s)return c?e.jsx(j,{error:c,retry:()=>o({requestPolicy:"network-only"})}):e.jsx(R,{});const d=s.receipts.edges.map(t=>t.node).reverse();return e.jsxs("section",{"aria-labelledby":"receipts-title",children:[e.jsx("h1",{id:"receipts-title",children:r("receiptsTitle")}),e.jsx("p",{className:"muted",children:r("receiptsIntro")}),d.length===0?e.jsx("p",{children:r("noReceipts")}):e.jsx("ul",{className:"cards",children:d.map(t=>e.jsx(w,{r:t},t.id))})]})}function w({r}){const{t:s,money:c,date:o,dateTime:d}=v(),t=B(),i=D(),[u,f]=C.useState(""),m=t.viewer.sub,n=r.status==="CONFIRMED"&&r.reversal&&!r.reversal.confirmedBy,p=r.status==="PENDING"||n,x=r.status==="PENDING"?r.recordedBy===m:n?r.reversal?.requestedBy===m:!1,l={id:r.id,expectedVersion:r.version};return e.jsxs("li",{className:"card receipt","data-receipt":r.id,"data-status":r.status,"data-reversal":n?"PENDING":void 0,children:[e.jsxs("div",{className:"card-head",children:[e.jsxs("h2",{className:"h3",children:[r.contribution?.nation.name??"—"," · ",c(r.amount,r.currency)]}),e.jsx(N,{value:`RECEIPT_${r.status}`})]}),e.jsxs("dl",{className:"pairs",children:[e.jsx("dt",{children:s("eurAmount")}),e.jsxs("dd",{children:[c(r.eurAmount)," · ",s("rate")," ",r.rate," (",r.rateSource,")"]}),e.jsx("dt",{children:s("valueDate")}),e.jsx("dd",{children:o(r.valueDate)}),e.jsx("dt",{children:s("bankReference")}),e.jsx("dd",{className:"break",children:r.reference}),e.jsx("dt",{children:s("recordedBy")}),e.jsxs("dd",{children:[r.recordedBy," · ",d(r.recordedAt)]}),r.confirmedBy&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:s("confirmedBy")}),e.jsxs("dd",{children:[r.confirmedBy," · ",d(r.confirmedAt)]})]}),r.reversal&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:s("reversal")}),e.jsxs("dd",{children:[r.reversal.reason," · ",r.reversal.requestedBy,r.reversal.confirmedBy&&e.jsxs(e.Fragment,{children:[" · ",s("confirmedBy")," ",r.reversal.confirmedBy]})]})]})]}),p&&e.jsxs("p",{className:"four-eyes","data-four-eyes":!0,children:[e.jsx("strong",{children:s(n?"reversalAwaitingSecond":"receiptAwaitingSecond")}),x&&e.jsxs(e.Fragment,{children:[" — ",s(n?"ownReversal":"ownReceipt")]})]}),e.jsxs("div",{className:"row actions",children:[t.can("Contribution","confirmReceipt")&&p&&!x&&e.jsx("button",{type:"button",className:"primary",disabled:i.busy,onClick:()=>i.run($,l),children:s(n?"confirmReversal":"confirmReceipt")}),t.can("Contribution","declineReversal")&&n&&e.jsx("button",{type:"button",disabled:i.busy,onClick:()=>i.run(P,l),children:s("declineReversal")}),t.can("Contribution","reverseReceipt")&&(r.status==="PENDING"||r.status==="CONFIRMED"&&!r.reversal)&&e.jsx(A,{label:s("reverseReceipt"),danger:!0,question:r.status==="PENDING"?s("confirmReversePending"):s("confirmReverseConfirmed"),onConfirm:()=>i.run(E,{...l,reason:u}),children:e.jsx(b,{label:s("reason"),children:y=>e.jsx("input",{id:y,value:u,onChange:h=>f(h.target.value),required:!0})})})]}),e.jsx(g,{error:i.error})]})}export{G as default};
