import{u as j,b as f,j as e,L as O,c as D,F as m,A as y,S as b,H as h,C as g,g as p}from"./index-MGu20V5R.js";import{u as A,r as x}from"./graphql-BgRXROpv.js";import{u as v}from"./useAction-D9tjUC5x.js";import"./react-BaS1cqud.js";const q=p(`
  query Orders($canDraft: Boolean!) {
    orders(first: 200) {
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
`);function I(){const{t:r}=j(),l=f().can("Order","draft"),[{data:a,error:d},n]=A({query:q,variables:{canDraft:l},requestPolicy:"cache-and-network"});if(!a)return d?e.jsx(O,{error:d,retry:()=>n({requestPolicy:"network-only"})}):e.jsx(D,{});const c=a.orders.edges.map(t=>t.node);return e.jsxs("section",{"aria-labelledby":"orders-title",children:[e.jsx("h1",{id:"orders-title",children:r("ordersTitle")}),l&&a.approved&&e.jsx(E,{requests:a.approved.edges.map(t=>t.node)}),c.length===0?e.jsx("p",{children:r("noOrders")}):e.jsx("ul",{className:"cards",children:c.map(t=>e.jsx(P,{o:t},t.id))})]})}function P({o:r}){const{t:s,money:l,date:a}=j(),d=f(),n=v(),c=d.viewer.sub,t=r.status==="PENDING_APPROVAL",o=t&&r.draftedBy===c;return e.jsxs("li",{className:"card order","data-order":r.id,"data-status":r.status,children:[e.jsxs("div",{className:"card-head",children:[e.jsx("h2",{className:"h3",children:r.request?.title??r.id}),e.jsx(b,{value:r.status})]}),r.request&&e.jsx("p",{className:"muted",children:s(`area.${r.request.area}`)}),e.jsxs("dl",{className:"pairs",children:[e.jsx("dt",{children:s("supplier")}),e.jsx("dd",{children:d.canRead("Order.supplier")&&r.supplier!=null?r.supplier:e.jsx(h,{})}),e.jsx("dt",{children:s("amount")}),e.jsx("dd",{children:d.canRead("Order.amount")&&r.amount!=null?l(r.amount):e.jsx(h,{})}),e.jsx("dt",{children:s("draftedBy")}),e.jsxs("dd",{children:[r.draftedBy," · ",a(r.draftedAt)]}),r.approvedBy&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:s("approvedBy")}),e.jsxs("dd",{children:[r.approvedBy," · ",a(r.placedAt)]})]}),r.deliveredAt&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:s("deliveredAt")}),e.jsx("dd",{children:a(r.deliveredAt)})]})]}),t&&e.jsxs("p",{className:"four-eyes","data-four-eyes":!0,children:[e.jsx("strong",{children:s("awaitingSecond")}),o&&e.jsxs(e.Fragment,{children:[" — ",s("ownDraft")]})]}),e.jsxs("div",{className:"row actions",children:[d.can("Order","approve")&&t&&!o&&e.jsx("button",{type:"button",className:"primary",onClick:()=>n.run(N,{id:r.id}),disabled:n.busy,children:s("approve")}),d.can("Order","confirmDelivery")&&r.status==="PLACED"&&e.jsx("button",{type:"button",className:"primary",onClick:()=>n.run($,{id:r.id}),disabled:n.busy,children:s("confirmDelivery")}),d.can("Order","cancel")&&(t||r.status==="PLACED")&&e.jsx(g,{label:s("cancelOrder"),question:s("confirmCancelOrder"),danger:!0,onConfirm:()=>n.run(B,{id:r.id})})]}),e.jsx(y,{error:n.error})]})}function E({requests:r}){const{t:s}=j(),l=v(),[a,d]=x.useState(""),[n,c]=x.useState(""),[t,o]=x.useState("");return e.jsxs("details",{className:"card",children:[e.jsx("summary",{children:s("draftOrder")}),e.jsxs("form",{className:"form",onSubmit:async u=>{u.preventDefault(),await l.run(C,{input:{request:a,supplier:n,amount:t}})&&(c(""),o(""))},children:[e.jsx(m,{label:s("request"),children:u=>e.jsxs("select",{id:u,value:a,onChange:i=>d(i.target.value),required:!0,children:[e.jsx("option",{value:"",children:"—"}),r.map(i=>e.jsx("option",{value:i.id,children:i.title},i.id))]})}),e.jsx(m,{label:s("supplier"),children:u=>e.jsx("input",{id:u,value:n,onChange:i=>c(i.target.value),required:!0})}),e.jsx(m,{label:s("amount")+" (EUR)",children:u=>e.jsx("input",{id:u,inputMode:"decimal",placeholder:"100000.00",value:t,onChange:i=>o(i.target.value),required:!0})}),e.jsx("button",{type:"submit",className:"primary",disabled:l.busy,children:s("draft")}),e.jsx(y,{error:l.error})]})]})}export{I as default};
