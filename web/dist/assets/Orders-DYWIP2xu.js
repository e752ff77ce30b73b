import{u as y,c as A,j as e,S as $,H as D,C as V,F as j,A as f,g as v,i as N,L as R,d as w}from"./index-CzstASgB.js";import{r as h,u as O}from"./graphql-BgRXROpv.js";import{u as g}from"./useAction-D9tjUC5x.js";import"./react-BaS1cqud.js";const C=v(`
  mutation RecordDelivery($order: ID!, $value: Money!, $date: String!, $reference: String!, $expectedVersion: Int) {
    recordDelivery(order: $order, value: $value, date: $date, reference: $reference, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`),S=v(`
  mutation AcceptDelivery($id: ID!, $expectedVersion: Int) {
    acceptDelivery(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      decidedBy
      decidedAt
      version
    }
  }
`),q=v(`
  mutation RejectDelivery($id: ID!, $reason: String!, $expectedVersion: Int) {
    rejectDelivery(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
      id
      status
      decidedBy
      decidedAt
      rejectReason
      version
    }
  }
`),E=v(`
  mutation AmendOrder($id: ID!, $amount: Money!, $reason: String!, $justification: String, $expectedVersion: Int) {
    amendOrder(id: $id, amount: $amount, reason: $reason, justification: $justification, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`),I=v(`
  mutation ApproveAmendment($id: ID!, $expectedVersion: Int) {
    approveAmendment(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`),B=v(`
  mutation WithdrawAmendment($id: ID!, $expectedVersion: Int) {
    withdrawAmendment(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`),b=r=>r.status==="PLACED"||r.status==="PARTLY_DELIVERED";function P({o:r}){const{t,money:o,date:u}=y(),a=A(),d=g(),[p,c]=h.useState(""),n=a.viewer.sub,l=a.canRead("Delivery.value");return r.deliveries.length===0&&!(a.can("Order","recordDelivery")&&b(r))?null:e.jsxs("section",{className:"sub","aria-label":t("deliveries"),children:[e.jsx("h3",{className:"h4",children:t("deliveries")}),r.deliveries.length>0&&e.jsx("ul",{className:"plain",children:r.deliveries.map(s=>{const m=s.recordedBy===n;return e.jsxs("li",{className:"delivery","data-delivery":s.id,"data-status":s.status,children:[e.jsx($,{value:`DELIVERY_${s.status}`})," ",l&&s.value!=null?o(s.value):e.jsx(D,{})," · ",u(s.date)," · ",s.reference,e.jsxs("span",{className:"muted",children:[" ","· ",t("recordedBy")," ",s.recordedBy,s.decidedBy&&e.jsxs(e.Fragment,{children:[" · ",t("decidedBy")," ",s.decidedBy]}),s.rejectReason&&e.jsxs(e.Fragment,{children:[" · ",s.rejectReason]})]}),s.status==="RECORDED"&&e.jsxs("p",{className:"four-eyes","data-four-eyes":!0,children:[e.jsx("strong",{children:t("deliveryAwaitingSecond")}),m&&e.jsxs(e.Fragment,{children:[" — ",t("ownDelivery")]})]}),s.status==="RECORDED"&&!m&&e.jsxs("div",{className:"row actions",children:[a.can("Order","acceptDelivery")&&e.jsx("button",{type:"button",className:"primary",disabled:d.busy,onClick:()=>d.run(S,{id:s.id,expectedVersion:s.version}),children:t("acceptDelivery")}),a.can("Order","rejectDelivery")&&e.jsx(V,{label:t("rejectDelivery"),danger:!0,question:t("confirmRejectDelivery"),onConfirm:()=>d.run(q,{id:s.id,reason:p,expectedVersion:s.version}),children:e.jsx(j,{label:t("reason"),children:i=>e.jsx("input",{id:i,value:p,onChange:x=>c(x.target.value),required:!0})})})]})]},s.id)})}),e.jsx(f,{error:d.error}),a.can("Order","recordDelivery")&&b(r)&&e.jsx(F,{o:r})]})}function F({o:r}){const{t}=y(),o=g(),[u,a]=h.useState(""),[d,p]=h.useState(()=>new Date().toISOString().slice(0,10)),[c,n]=h.useState(""),l=N(o.error);return e.jsxs("details",{children:[e.jsx("summary",{children:t("recordDelivery")}),e.jsxs("form",{className:"form",onSubmit:async s=>{s.preventDefault(),await o.run(C,{order:r.id,value:u,date:d,reference:c,expectedVersion:r.version})&&(a(""),n(""))},children:[e.jsx(j,{label:t("deliveryValue"),error:l.value,children:(s,m)=>e.jsx("input",{id:s,...m,inputMode:"decimal",placeholder:"1000.00",value:u,onChange:i=>a(i.target.value),required:!0})}),e.jsx(j,{label:t("deliveryDate"),error:l.date,children:(s,m)=>e.jsx("input",{id:s,...m,type:"date",value:d,onChange:i=>p(i.target.value),required:!0})}),e.jsx(j,{label:t("deliveryReference"),error:l.reference,children:(s,m)=>e.jsx("input",{id:s,...m,value:c,onChange:i=>n(i.target.value),required:!0})}),e.jsx("button",{type:"submit",className:"primary",disabled:o.busy,children:t("recordDelivery")}),e.jsx(f,{error:o.error,fields:["value","date","reference"]})]})]})}function L({o:r}){const{t,money:o,dateTime:u}=y(),a=A(),d=g(),p=a.viewer.sub,c=a.canRead("Amendment.to");return r.amendments.length===0&&!(a.can("Order","amend")&&b(r))?null:e.jsxs("section",{className:"sub","aria-label":t("amendments"),children:[e.jsx("h3",{className:"h4",children:t("amendments")}),r.amendments.length>0&&e.jsx("ul",{className:"plain",children:r.amendments.map(n=>{const l=n.proposedBy===p,s=n.approvals.some(i=>i.by===p),m=n.status==="PENDING_APPROVAL";return e.jsxs("li",{className:"amendment","data-amendment":n.id,"data-status":n.status,children:[e.jsx($,{value:`AMENDMENT_${n.status}`})," ",c&&n.from!=null&&n.to!=null?e.jsxs(e.Fragment,{children:[o(n.from)," → ",o(n.to)]}):e.jsx(D,{})," ","· ",n.reason,e.jsxs("span",{className:"muted",children:[" ","· ",n.proposedBy," · ",u(n.proposedAt),n.approvals.map(i=>e.jsxs("span",{children:[" ","· ",t("approvedBy")," ",i.by," (",i.nation,")"]},i.by+i.at))]}),m&&e.jsxs("p",{className:"four-eyes","data-four-eyes":!0,children:[e.jsx("strong",{children:t("amendmentAwaitingSecond")}),l&&e.jsxs(e.Fragment,{children:[" — ",t("ownAmendment")]}),s&&e.jsxs(e.Fragment,{children:[" — ",t("youApproved")]}),n.awaiting&&e.jsxs("span",{className:"awaiting",children:[" ",n.awaiting]})]}),m&&e.jsxs("div",{className:"row actions",children:[a.can("Order","approveAmendment")&&!l&&!s&&e.jsx("button",{type:"button",className:"primary",disabled:d.busy,onClick:()=>d.run(I,{id:r.id,expectedVersion:r.version}),children:t("approveAmendment")}),a.can("Order","withdrawAmendment")&&e.jsx("button",{type:"button",disabled:d.busy,onClick:()=>d.run(B,{id:r.id,expectedVersion:r.version}),children:t("withdrawAmendment")})]})]},n.id)})}),e.jsx(f,{error:d.error}),a.can("Order","amend")&&b(r)&&!r.amendments.some(n=>n.status==="PENDING_APPROVAL")&&e.jsx(k,{o:r})]})}function k({o:r}){const{t}=y(),o=g(),[u,a]=h.useState(""),[d,p]=h.useState(""),[c,n]=h.useState(""),l=N(o.error);return e.jsxs("details",{children:[e.jsx("summary",{children:t("amendOrder")}),e.jsxs("form",{className:"form",onSubmit:async s=>{s.preventDefault(),await o.run(E,{id:r.id,amount:u,reason:d,justification:c||null,expectedVersion:r.version})&&(a(""),p(""),n(""))},children:[e.jsx(j,{label:t("newAmount"),error:l.amount,children:(s,m)=>e.jsx("input",{id:s,...m,inputMode:"decimal",value:u,onChange:i=>a(i.target.value),required:!0})}),e.jsx(j,{label:t("reason"),error:l.reason,children:(s,m)=>e.jsx("input",{id:s,...m,value:d,onChange:i=>p(i.target.value),required:!0})}),e.jsx(j,{label:t("justification"),hint:t("justificationHint"),error:l.justification,children:(s,m)=>e.jsx("input",{id:s,...m,value:c,onChange:i=>n(i.target.value)})}),e.jsx("button",{type:"submit",className:"primary",disabled:o.busy,children:t("amend")}),e.jsx(f,{error:o.error,fields:["amount","reason","justification"]})]})]})}const M=v(`
  query Orders($canDraft: Boolean!, $seeValue: Boolean!) {
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
          approvals {
            by
            nation
            at
          }
          awaiting
          deliveries {
            id
            value @include(if: $seeValue)
            date
            reference
            status
            whole
            recordedBy
            recordedAt
            decidedBy
            decidedAt
            rejectReason
            version
          }
          amendments {
            id
            from @include(if: $seeValue)
            to @include(if: $seeValue)
            reason
            status
            proposedBy
            proposedAt
            awaiting
            approvals {
              by
              nation
              at
            }
            appliedAt
            version
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
`),_=v(`
  mutation DraftOrder($input: DraftOrderInput!) {
    draftOrder(input: $input) {
      id
      status
    }
  }
`),T=v(`
  mutation ApproveOrder($id: ID!, $expectedVersion: Int) {
    approveOrder(id: $id, expectedVersion: $expectedVersion) {
      version
      id
      status
      approvedBy
      placedAt
    }
  }
`),G=v(`
  mutation CancelOrder($id: ID!, $expectedVersion: Int) {
    cancelOrder(id: $id, expectedVersion: $expectedVersion) {
      version
      id
      status
    }
  }
`),H=v(`
  mutation ConfirmDelivery($id: ID!, $expectedVersion: Int) {
    confirmDelivery(id: $id, expectedVersion: $expectedVersion) {
      version
      id
      status
      deliveredAt
    }
  }
`);function X(){const{t:r}=y(),t=A(),o=t.can("Order","draft"),[{data:u,error:a},d]=O({query:M,variables:{canDraft:o,seeValue:t.canRead("Delivery.value")},requestPolicy:"cache-and-network"});if(!u)return a?e.jsx(R,{error:a,retry:()=>d({requestPolicy:"network-only"})}):e.jsx(w,{});const p=u.orders.edges.map(c=>c.node);return e.jsxs("section",{"aria-labelledby":"orders-title",children:[e.jsx("h1",{id:"orders-title",children:r("ordersTitle")}),o&&u.approved&&e.jsx(W,{requests:u.approved.edges.map(c=>c.node)}),p.length===0?e.jsx("p",{children:r("noOrders")}):e.jsx("ul",{className:"cards",children:p.map(c=>e.jsx(Y,{o:c},c.id))})]})}function Y({o:r}){const{t,money:o,date:u}=y(),a=A(),d=g(),p=a.viewer.sub,c=r.status==="PENDING_APPROVAL",n=c&&r.draftedBy===p;return e.jsxs("li",{className:"card order","data-order":r.id,"data-status":r.status,children:[e.jsxs("div",{className:"card-head",children:[e.jsx("h2",{className:"h3",children:r.request?.title??r.id}),e.jsx($,{value:r.status})]}),r.request&&e.jsx("p",{className:"muted",children:t(`area.${r.request.area}`)}),e.jsxs("dl",{className:"pairs",children:[e.jsx("dt",{children:t("supplier")}),e.jsx("dd",{children:a.canRead("Order.supplier")&&r.supplier!=null?r.supplier:e.jsx(D,{})}),e.jsx("dt",{children:t("amount")}),e.jsx("dd",{children:a.canRead("Order.amount")&&r.amount!=null?o(r.amount):e.jsx(D,{})}),r.contractReference&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:t("contract")}),e.jsxs("dd",{children:[r.contractReference,r.agent&&e.jsxs(e.Fragment,{children:[" · ",r.agent.kind==="NSPA"?"NSPA":`${r.agent.name} (${r.agent.country})`]})]})]}),e.jsx("dt",{children:t("draftedBy")}),e.jsxs("dd",{children:[r.draftedBy," · ",u(r.draftedAt)]}),(r.approvals.length>0||r.approvedBy)&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:t("approvedBy")}),e.jsxs("dd",{"data-approvals":!0,children:[r.approvals.length>0?r.approvals.map(l=>`${l.by} (${l.nation})`).join(", "):r.approvedBy,r.placedAt&&e.jsxs(e.Fragment,{children:[" · ",u(r.placedAt)]})]})]}),r.deliveredAt&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:t("deliveredAt")}),e.jsx("dd",{children:u(r.deliveredAt)})]})]}),c&&e.jsxs("p",{className:"four-eyes","data-four-eyes":!0,children:[e.jsx("strong",{children:t("awaitingSecond")}),n&&e.jsxs(e.Fragment,{children:[" — ",t("ownDraft")]}),r.approvals.some(l=>l.by===p)&&e.jsxs(e.Fragment,{children:[" — ",t("youApproved")]}),r.awaiting&&e.jsxs("span",{className:"awaiting",children:[" ",r.awaiting]})]}),e.jsx(P,{o:r}),e.jsx(L,{o:r}),e.jsxs("div",{className:"row actions",children:[a.can("Order","approve")&&c&&!n&&!r.approvals.some(l=>l.by===p)&&e.jsx("button",{type:"button",className:"primary",onClick:()=>d.run(T,{id:r.id,expectedVersion:r.version}),disabled:d.busy,children:t("approve")}),a.can("Order","confirmDelivery")&&(r.status==="PLACED"||r.status==="PARTLY_DELIVERED")&&e.jsx("button",{type:"button",className:"primary",onClick:()=>d.run(H,{id:r.id,expectedVersion:r.version}),disabled:d.busy,children:t("confirmDelivery")}),a.can("Order","cancel")&&(c||r.status==="PLACED")&&e.jsx(V,{label:t("cancelOrder"),question:t("confirmCancelOrder"),danger:!0,onConfirm:()=>d.run(G,{id:r.id,expectedVersion:r.version})})]}),e.jsx(f,{error:d.error})]})}const Q=v(`
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
`);function W({requests:r}){const{t}=y(),o=g(),[{data:u}]=O({query:Q}),[a,d]=h.useState(""),[p,c]=h.useState(""),[n,l]=h.useState(""),[s,m]=h.useState("");return e.jsxs("details",{className:"card draft-order",children:[e.jsx("summary",{children:t("draftOrder")}),e.jsxs("form",{className:"form",onSubmit:async i=>{i.preventDefault(),await o.run(_,{input:{request:a,supplier:p,amount:n,agent:{kind:"NSPA"},contractReference:s}})&&(c(""),l(""),m(""))},children:[e.jsx(j,{label:t("request"),children:i=>e.jsxs("select",{id:i,value:a,onChange:x=>d(x.target.value),required:!0,children:[e.jsx("option",{value:"",children:"—"}),r.map(x=>e.jsx("option",{value:x.id,children:x.title},x.id))]})}),e.jsx(j,{label:t("supplier"),children:i=>e.jsxs("select",{id:i,value:p,onChange:x=>c(x.target.value),required:!0,children:[e.jsx("option",{value:"",children:"—"}),u?.suppliers.edges.map(({node:x})=>e.jsxs("option",{value:x.id,children:[x.name," (",x.country,")"]},x.id))]})}),e.jsx(j,{label:t("contractReference"),children:i=>e.jsx("input",{id:i,value:s,onChange:x=>m(x.target.value),required:!0})}),e.jsx(j,{label:t("amount")+" (EUR)",children:i=>e.jsx("input",{id:i,inputMode:"decimal",placeholder:"100000.00",value:n,onChange:x=>l(x.target.value),required:!0})}),e.jsx("button",{type:"submit",className:"primary",disabled:o.busy,children:t("draft")}),e.jsx(f,{error:o.error})]})]})}export{X as default};
