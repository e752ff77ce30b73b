import{u as j,b as f,j as e,L as O,c as D,F as m,A as y,S as b,H as h,C as g,g as p}from"./index-fBIEQPaA.js";import{u as q,r as x}from"./graphql-BgRXROpv.js";import{u as v}from"./useAction-D9tjUC5x.js";import"./react-BaS1cqud.js";const A=p(`
  query Orders($canDraft: Boolean!) {
    orders(first: 200) {
      totalCount
      edges {
        node {
          id
          status
          supplier
          amount
          draftedBy
          approvedBy
          draftedAt
          placedAt
          deliveredAt
          request {
            id
            title
            area
          }
        }
      }
    }
    approved: requests(first: 200, status: APPROVED) @include(if: $canDraft) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),C=p(`
  mutation DraftOrder($input: DraftOrderInput!) {
    draftOrder(input: $input) {
      id
      status
    }
  }
`),N=p(`
  mutation ApproveOrder($id: ID!) {
    approveOrder(id: $id) {
      id
      status
      approvedBy
      placedAt
    }
  }
`),B=p(`
  mutation CancelOrder($id: ID!) {
    cancelOrder(id: $id) {
      id
      status
    }
  }
`),$=p(`
  mutation ConfirmDelivery($id: ID!) {
    confirmDelivery(id: $id) {
      id
      status
      deliveredAt
    }
  }
`);function L(){const{t:r}=j(),l=f().can("Order","draft"),[{data:n,error:a},d]=q({query:A,variables:{canDraft:l},requestPolicy:"cache-and-network"});if(!n)return a?e.jsx(O,{error:a,retry:()=>d({requestPolicy:"network-only"})}):e.jsx(D,{});const c=n.orders.edges.map(t=>t.node);return e.jsxs("section",{"aria-labelledby":"orders-title",children:[e.jsx("h1",{id:"orders-title",children:r("ordersTitle")}),l&&n.approved&&e.jsx(E,{requests:n.approved.edges.map(t=>t.node)}),c.length===0?e.jsx("p",{children:r("noOrders")}):e.jsx("ul",{className:"cards",children:c.map(t=>e.jsx(P,{o:t},t.id))})]})}function P({o:r}){const{t:s,money:l,date:n}=j(),a=f(),d=v(),c=a.viewer.sub,t=r.status==="PENDING_APPROVAL",o=t&&r.draftedBy===c;return e.jsxs("li",{className:"card order","data-order":r.id,"data-status":r.status,children:[e.jsxs("div",{className:"card-head",children:[e.jsx("h2",{className:"h3",children:r.request?.title??r.id}),e.jsx(b,{value:r.status})]}),r.request&&e.jsx("p",{className:"muted",children:s(`area.${r.request.area}`)}),e.jsxs("dl",{className:"pairs",children:[e.jsx("dt",{children:s("supplier")}),e.jsx("dd",{children:a.canRead("Order.supplier")&&r.supplier!=null?r.supplier:e.jsx(h,{})}),e.jsx("dt",{children:s("amount")}),e.jsx("dd",{children:a.canRead("Order.amount")&&r.amount!=null?l(r.amount):e.jsx(h,{})}),e.jsx("dt",{children:s("draftedBy")}),e.jsxs("dd",{children:[r.draftedBy," · ",n(r.draftedAt)]}),r.approvedBy&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:s("approvedBy")}),e.jsxs("dd",{children:[r.approvedBy," · ",n(r.placedAt)]})]})]}),t&&e.jsxs("p",{className:"four-eyes","data-four-eyes":!0,children:[e.jsx("strong",{children:s("awaitingSecond")}),o&&e.jsxs(e.Fragment,{children:[" — ",s("ownDraft")]})]}),e.jsxs("div",{className:"row actions",children:[a.can("Order","approve")&&t&&!o&&e.jsx("button",{type:"button",className:"primary",onClick:()=>d.run(N,{id:r.id}),disabled:d.busy,children:s("approve")}),a.can("Order","confirmDelivery")&&r.status==="PLACED"&&e.jsx("button",{type:"button",className:"primary",onClick:()=>d.run($,{id:r.id}),disabled:d.busy,children:s("confirmDelivery")}),a.can("Order","cancel")&&(t||r.status==="PLACED")&&e.jsx(g,{label:s("cancelOrder"),question:s("confirmCancelOrder"),danger:!0,onConfirm:()=>d.run(B,{id:r.id})})]}),e.jsx(y,{error:d.error})]})}function E({requests:r}){const{t:s}=j(),l=v(),[n,a]=x.useState(""),[d,c]=x.useState(""),[t,o]=x.useState("");return e.jsxs("details",{className:"card",children:[e.jsx("summary",{children:s("draftOrder")}),e.jsxs("form",{className:"form",onSubmit:async u=>{u.preventDefault(),await l.run(C,{input:{request:n,supplier:d,amount:t}})&&(c(""),o(""))},children:[e.jsx(m,{label:s("request"),children:u=>e.jsxs("select",{id:u,value:n,onChange:i=>a(i.target.value),required:!0,children:[e.jsx("option",{value:"",children:"—"}),r.map(i=>e.jsx("option",{value:i.id,children:i.title},i.id))]})}),e.jsx(m,{label:s("supplier"),children:u=>e.jsx("input",{id:u,value:d,onChange:i=>c(i.target.value),required:!0})}),e.jsx(m,{label:s("amount")+" (EUR)",children:u=>e.jsx("input",{id:u,inputMode:"decimal",placeholder:"100000.00",value:t,onChange:i=>o(i.target.value),required:!0})}),e.jsx("button",{type:"submit",className:"primary",disabled:l.busy,children:s("draft")}),e.jsx(y,{error:l.error})]})]})}export{L as default};
