import{u as j,b as g,j as e,L as A,c as q,F as m,A as O,S as C,H as v,C as N,g as o}from"./index-Bqmwrd3s.js";import{u as D,r as x}from"./graphql-BgRXROpv.js";import{u as b}from"./useAction-D9tjUC5x.js";import"./react-BaS1cqud.js";const S=o(`
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
`),B=o(`
  mutation DraftOrder($input: DraftOrderInput!) {
    draftOrder(input: $input) {
      id
      status
    }
  }
`),P=o(`
  mutation ApproveOrder($id: ID!) {
    approveOrder(id: $id) {
      id
      status
      approvedBy
      placedAt
    }
  }
`),$=o(`
  mutation CancelOrder($id: ID!) {
    cancelOrder(id: $id) {
      id
      status
    }
  }
`),R=o(`
  mutation ConfirmDelivery($id: ID!) {
    confirmDelivery(id: $id) {
      id
      status
      deliveredAt
    }
  }
`);function Q(){const{t:r}=j(),c=g().can("Order","draft"),[{data:n,error:d},i]=D({query:S,variables:{canDraft:c},requestPolicy:"cache-and-network"});if(!n)return d?e.jsx(A,{error:d,retry:()=>i({requestPolicy:"network-only"})}):e.jsx(q,{});const u=n.orders.edges.map(a=>a.node);return e.jsxs("section",{"aria-labelledby":"orders-title",children:[e.jsx("h1",{id:"orders-title",children:r("ordersTitle")}),c&&n.approved&&e.jsx(F,{requests:n.approved.edges.map(a=>a.node)}),u.length===0?e.jsx("p",{children:r("noOrders")}):e.jsx("ul",{className:"cards",children:u.map(a=>e.jsx(E,{o:a},a.id))})]})}function E({o:r}){const{t:s,money:c,date:n}=j(),d=g(),i=b(),u=d.viewer.sub,a=r.status==="PENDING_APPROVAL",p=a&&r.draftedBy===u;return e.jsxs("li",{className:"card order","data-order":r.id,"data-status":r.status,children:[e.jsxs("div",{className:"card-head",children:[e.jsx("h2",{className:"h3",children:r.request?.title??r.id}),e.jsx(C,{value:r.status})]}),r.request&&e.jsx("p",{className:"muted",children:s(`area.${r.request.area}`)}),e.jsxs("dl",{className:"pairs",children:[e.jsx("dt",{children:s("supplier")}),e.jsx("dd",{children:d.canRead("Order.supplier")&&r.supplier!=null?r.supplier:e.jsx(v,{})}),e.jsx("dt",{children:s("amount")}),e.jsx("dd",{children:d.canRead("Order.amount")&&r.amount!=null?c(r.amount):e.jsx(v,{})}),e.jsx("dt",{children:s("draftedBy")}),e.jsxs("dd",{children:[r.draftedBy," · ",n(r.draftedAt)]}),r.approvedBy&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:s("approvedBy")}),e.jsxs("dd",{children:[r.approvedBy," · ",n(r.placedAt)]})]}),r.deliveredAt&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:s("deliveredAt")}),e.jsx("dd",{children:n(r.deliveredAt)})]})]}),a&&e.jsxs("p",{className:"four-eyes","data-four-eyes":!0,children:[e.jsx("strong",{children:s("awaitingSecond")}),p&&e.jsxs(e.Fragment,{children:[" — ",s("ownDraft")]})]}),e.jsxs("div",{className:"row actions",children:[d.can("Order","approve")&&a&&!p&&e.jsx("button",{type:"button",className:"primary",onClick:()=>i.run(P,{id:r.id}),disabled:i.busy,children:s("approve")}),d.can("Order","confirmDelivery")&&r.status==="PLACED"&&e.jsx("button",{type:"button",className:"primary",onClick:()=>i.run(R,{id:r.id}),disabled:i.busy,children:s("confirmDelivery")}),d.can("Order","cancel")&&(a||r.status==="PLACED")&&e.jsx(N,{label:s("cancelOrder"),question:s("confirmCancelOrder"),danger:!0,onConfirm:()=>i.run($,{id:r.id})})]}),e.jsx(O,{error:i.error})]})}const w=o(`
  query DraftSuppliers {
    suppliers(first: 200) {
      edges {
        node {
          id
          name
          country
        }
      }
    }
  }
`);function F({requests:r}){const{t:s}=j(),c=b(),[{data:n}]=D({query:w}),[d,i]=x.useState(""),[u,a]=x.useState(""),[p,h]=x.useState(""),[f,y]=x.useState("");return e.jsxs("details",{className:"card",children:[e.jsx("summary",{children:s("draftOrder")}),e.jsxs("form",{className:"form",onSubmit:async l=>{l.preventDefault(),await c.run(B,{input:{request:d,supplier:u,amount:p,agent:{kind:"NSPA"},contractReference:f}})&&(a(""),h(""),y(""))},children:[e.jsx(m,{label:s("request"),children:l=>e.jsxs("select",{id:l,value:d,onChange:t=>i(t.target.value),required:!0,children:[e.jsx("option",{value:"",children:"—"}),r.map(t=>e.jsx("option",{value:t.id,children:t.title},t.id))]})}),e.jsx(m,{label:s("supplier"),children:l=>e.jsxs("select",{id:l,value:u,onChange:t=>a(t.target.value),required:!0,children:[e.jsx("option",{value:"",children:"—"}),n?.suppliers.edges.map(({node:t})=>e.jsxs("option",{value:t.id,children:[t.name," (",t.country,")"]},t.id))]})}),e.jsx(m,{label:s("contractReference"),children:l=>e.jsx("input",{id:l,value:f,onChange:t=>y(t.target.value),required:!0})}),e.jsx(m,{label:s("amount")+" (EUR)",children:l=>e.jsx("input",{id:l,inputMode:"decimal",placeholder:"100000.00",value:p,onChange:t=>h(t.target.value),required:!0})}),e.jsx("button",{type:"submit",className:"primary",disabled:c.busy,children:s("draft")}),e.jsx(O,{error:c.error})]})]})}export{Q as default};
