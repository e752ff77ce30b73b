import{u as j,c as g,j as e,L as b,d as q,F as m,A as O,S as $,H as y,C,g as u}from"./index-CIXdEtzq.js";import{u as D,r as x}from"./graphql-BgRXROpv.js";import{u as A}from"./useAction-D9tjUC5x.js";import"./react-BaS1cqud.js";const N=u(`
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
          version
          contractReference
          agent {
            kind
            country
            name
          }
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
`),S=u(`
  mutation DraftOrder($input: DraftOrderInput!) {
    draftOrder(input: $input) {
      id
      status
    }
  }
`),V=u(`
  mutation ApproveOrder($id: ID!, $expectedVersion: Int) {
    approveOrder(id: $id, expectedVersion: $expectedVersion) {
      version
      id
      status
      approvedBy
      placedAt
    }
  }
`),P=u(`
  mutation CancelOrder($id: ID!, $expectedVersion: Int) {
    cancelOrder(id: $id, expectedVersion: $expectedVersion) {
      version
      id
      status
    }
  }
`),R=u(`
  mutation ConfirmDelivery($id: ID!, $expectedVersion: Int) {
    confirmDelivery(id: $id, expectedVersion: $expectedVersion) {
      version
      id
      status
      deliveredAt
    }
  }
`);function H(){const{t:r}=j(),l=g().can("Order","draft"),[{data:d,error:a},i]=D({query:N,variables:{canDraft:l},requestPolicy:"cache-and-network"});if(!d)return a?e.jsx(b,{error:a,retry:()=>i({requestPolicy:"network-only"})}):e.jsx(q,{});const o=d.orders.edges.map(n=>n.node);return e.jsxs("section",{"aria-labelledby":"orders-title",children:[e.jsx("h1",{id:"orders-title",children:r("ordersTitle")}),l&&d.approved&&e.jsx(I,{requests:d.approved.edges.map(n=>n.node)}),o.length===0?e.jsx("p",{children:r("noOrders")}):e.jsx("ul",{className:"cards",children:o.map(n=>e.jsx(B,{o:n},n.id))})]})}function B({o:r}){const{t,money:l,date:d}=j(),a=g(),i=A(),o=a.viewer.sub,n=r.status==="PENDING_APPROVAL",p=n&&r.draftedBy===o;return e.jsxs("li",{className:"card order","data-order":r.id,"data-status":r.status,children:[e.jsxs("div",{className:"card-head",children:[e.jsx("h2",{className:"h3",children:r.request?.title??r.id}),e.jsx($,{value:r.status})]}),r.request&&e.jsx("p",{className:"muted",children:t(`area.${r.request.area}`)}),e.jsxs("dl",{className:"pairs",children:[e.jsx("dt",{children:t("supplier")}),e.jsx("dd",{children:a.canRead("Order.supplier")&&r.supplier!=null?r.supplier:e.jsx(y,{})}),e.jsx("dt",{children:t("amount")}),e.jsx("dd",{children:a.canRead("Order.amount")&&r.amount!=null?l(r.amount):e.jsx(y,{})}),r.contractReference&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:t("contract")}),e.jsxs("dd",{children:[r.contractReference,r.agent&&e.jsxs(e.Fragment,{children:[" · ",r.agent.kind==="NSPA"?"NSPA":`${r.agent.name} (${r.agent.country})`]})]})]}),e.jsx("dt",{children:t("draftedBy")}),e.jsxs("dd",{children:[r.draftedBy," · ",d(r.draftedAt)]}),r.approvedBy&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:t("approvedBy")}),e.jsxs("dd",{children:[r.approvedBy," · ",d(r.placedAt)]})]}),r.deliveredAt&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:t("deliveredAt")}),e.jsx("dd",{children:d(r.deliveredAt)})]})]}),n&&e.jsxs("p",{className:"four-eyes","data-four-eyes":!0,children:[e.jsx("strong",{children:t("awaitingSecond")}),p&&e.jsxs(e.Fragment,{children:[" — ",t("ownDraft")]})]}),e.jsxs("div",{className:"row actions",children:[a.can("Order","approve")&&n&&!p&&e.jsx("button",{type:"button",className:"primary",onClick:()=>i.run(V,{id:r.id,expectedVersion:r.version}),disabled:i.busy,children:t("approve")}),a.can("Order","confirmDelivery")&&r.status==="PLACED"&&e.jsx("button",{type:"button",className:"primary",onClick:()=>i.run(R,{id:r.id,expectedVersion:r.version}),disabled:i.busy,children:t("confirmDelivery")}),a.can("Order","cancel")&&(n||r.status==="PLACED")&&e.jsx(C,{label:t("cancelOrder"),question:t("confirmCancelOrder"),danger:!0,onConfirm:()=>i.run(P,{id:r.id,expectedVersion:r.version})})]}),e.jsx(O,{error:i.error})]})}const E=u(`
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
`);function I({requests:r}){const{t}=j(),l=A(),[{data:d}]=D({query:E}),[a,i]=x.useState(""),[o,n]=x.useState(""),[p,h]=x.useState(""),[f,v]=x.useState("");return e.jsxs("details",{className:"card",children:[e.jsx("summary",{children:t("draftOrder")}),e.jsxs("form",{className:"form",onSubmit:async c=>{c.preventDefault(),await l.run(S,{input:{request:a,supplier:o,amount:p,agent:{kind:"NSPA"},contractReference:f}})&&(n(""),h(""),v(""))},children:[e.jsx(m,{label:t("request"),children:c=>e.jsxs("select",{id:c,value:a,onChange:s=>i(s.target.value),required:!0,children:[e.jsx("option",{value:"",children:"—"}),r.map(s=>e.jsx("option",{value:s.id,children:s.title},s.id))]})}),e.jsx(m,{label:t("supplier"),children:c=>e.jsxs("select",{id:c,value:o,onChange:s=>n(s.target.value),required:!0,children:[e.jsx("option",{value:"",children:"—"}),d?.suppliers.edges.map(({node:s})=>e.jsxs("option",{value:s.id,children:[s.name," (",s.country,")"]},s.id))]})}),e.jsx(m,{label:t("contractReference"),children:c=>e.jsx("input",{id:c,value:f,onChange:s=>v(s.target.value),required:!0})}),e.jsx(m,{label:t("amount")+" (EUR)",children:c=>e.jsx("input",{id:c,inputMode:"decimal",placeholder:"100000.00",value:p,onChange:s=>h(s.target.value),required:!0})}),e.jsx("button",{type:"submit",className:"primary",disabled:l.busy,children:t("draft")}),e.jsx(O,{error:l.error})]})]})}export{H as default};
