import{u as y,j as e,c as $,S as A,H as b,C as V,F as v,A as f,g as j,i as N,L as R,d as w}from"./index-CJq5rlcS.js";import{r as h,u as O}from"./graphql-BgRXROpv.js";import{u as g}from"./useAction-D9tjUC5x.js";import"./react-BaS1cqud.js";function C({o:r}){const{t:n,money:o}=y();return!r.funding||r.funding.length===0?null:e.jsxs("section",{className:"sub","aria-label":n("funding"),children:[e.jsx("h3",{className:"h4",children:n("funding")}),e.jsx("ul",{className:"plain",children:r.funding.map(d=>e.jsxs("li",{children:[d.area?n(`area.${d.area}`):n("fundUnearmarked"),": ",o(d.amount),d.contributions.length>0&&e.jsxs("span",{className:"muted",children:[" ","(",d.contributions.map(t=>`${t.contributionId} ${o(t.amount)}`).join(", "),")"]})]},d.area??"none"))})]})}const S=j(`
  mutation RecordDelivery($order: ID!, $value: Money!, $date: String!, $reference: String!, $expectedVersion: Int) {
    recordDelivery(order: $order, value: $value, date: $date, reference: $reference, expectedVersion: $expectedVersion) {
      id
      status
    }
  }
`),I=j(`
  mutation AcceptDelivery($id: ID!, $expectedVersion: Int) {
    acceptDelivery(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      decidedBy
      decidedAt
      version
    }
  }
`),q=j(`
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
`),B=j(`
  mutation AmendOrder($id: ID!, $amount: Money!, $reason: String!, $justification: String, $expectedVersion: Int) {
    amendOrder(id: $id, amount: $amount, reason: $reason, justification: $justification, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`),E=j(`
  mutation ApproveAmendment($id: ID!, $expectedVersion: Int) {
    approveAmendment(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`),F=j(`
  mutation WithdrawAmendment($id: ID!, $expectedVersion: Int) {
    withdrawAmendment(id: $id, expectedVersion: $expectedVersion) {
      id
      status
      version
    }
  }
`),D=r=>r.status==="PLACED"||r.status==="PARTLY_DELIVERED";function P({o:r}){const{t:n,money:o,date:d}=y(),t=$(),c=g(),[m,l]=h.useState(""),a=t.viewer.sub,u=t.canRead("Delivery.value");return r.deliveries.length===0&&!(t.can("Order","recordDelivery")&&D(r))?null:e.jsxs("section",{className:"sub","aria-label":n("deliveries"),children:[e.jsx("h3",{className:"h4",children:n("deliveries")}),r.deliveries.length>0&&e.jsx("ul",{className:"plain",children:r.deliveries.map(s=>{const p=s.recordedBy===a;return e.jsxs("li",{className:"delivery","data-delivery":s.id,"data-status":s.status,children:[e.jsx(A,{value:`DELIVERY_${s.status}`})," ",u&&s.value!=null?o(s.value):e.jsx(b,{})," · ",d(s.date)," · ",s.reference,e.jsxs("span",{className:"muted",children:[" ","· ",n("recordedBy")," ",s.recordedBy,s.decidedBy&&e.jsxs(e.Fragment,{children:[" · ",n("decidedBy")," ",s.decidedBy]}),s.rejectReason&&e.jsxs(e.Fragment,{children:[" · ",s.rejectReason]})]}),s.status==="RECORDED"&&e.jsxs("p",{className:"four-eyes","data-four-eyes":!0,children:[e.jsx("strong",{children:n("deliveryAwaitingSecond")}),p&&e.jsxs(e.Fragment,{children:[" — ",n("ownDelivery")]})]}),s.status==="RECORDED"&&!p&&e.jsxs("div",{className:"row actions",children:[t.can("Order","acceptDelivery")&&e.jsx("button",{type:"button",className:"primary",disabled:c.busy,onClick:()=>c.run(I,{id:s.id,expectedVersion:s.version}),children:n("acceptDelivery")}),t.can("Order","rejectDelivery")&&e.jsx(V,{label:n("rejectDelivery"),danger:!0,question:n("confirmRejectDelivery"),onConfirm:()=>c.run(q,{id:s.id,reason:m,expectedVersion:s.version}),children:e.jsx(v,{label:n("reason"),children:i=>e.jsx("input",{id:i,value:m,onChange:x=>l(x.target.value),required:!0})})})]})]},s.id)})}),e.jsx(f,{error:c.error}),t.can("Order","recordDelivery")&&D(r)&&e.jsx(L,{o:r})]})}function L({o:r}){const{t:n}=y(),o=g(),[d,t]=h.useState(""),[c,m]=h.useState(()=>new Date().toISOString().slice(0,10)),[l,a]=h.useState(""),u=N(o.error);return e.jsxs("details",{children:[e.jsx("summary",{children:n("recordDelivery")}),e.jsxs("form",{className:"form",onSubmit:async s=>{s.preventDefault(),await o.run(S,{order:r.id,value:d,date:c,reference:l,expectedVersion:r.version})&&(t(""),a(""))},children:[e.jsx(v,{label:n("deliveryValue"),error:u.value,children:(s,p)=>e.jsx("input",{id:s,...p,inputMode:"decimal",placeholder:"1000.00",value:d,onChange:i=>t(i.target.value),required:!0})}),e.jsx(v,{label:n("deliveryDate"),error:u.date,children:(s,p)=>e.jsx("input",{id:s,...p,type:"date",value:c,onChange:i=>m(i.target.value),required:!0})}),e.jsx(v,{label:n("deliveryReference"),error:u.reference,children:(s,p)=>e.jsx("input",{id:s,...p,value:l,onChange:i=>a(i.target.value),required:!0})}),e.jsx("button",{type:"submit",className:"primary",disabled:o.busy,children:n("recordDelivery")}),e.jsx(f,{error:o.error,fields:["value","date","reference"]})]})]})}function k({o:r}){const{t:n,money:o,dateTime:d}=y(),t=$(),c=g(),m=t.viewer.sub,l=t.canRead("Amendment.to");return r.amendments.length===0&&!(t.can("Order","amend")&&D(r))?null:e.jsxs("section",{className:"sub","aria-label":n("amendments"),children:[e.jsx("h3",{className:"h4",children:n("amendments")}),r.amendments.length>0&&e.jsx("ul",{className:"plain",children:r.amendments.map(a=>{const u=a.proposedBy===m,s=a.approvals.some(i=>i.by===m),p=a.status==="PENDING_APPROVAL";return e.jsxs("li",{className:"amendment","data-amendment":a.id,"data-status":a.status,children:[e.jsx(A,{value:`AMENDMENT_${a.status}`})," ",l&&a.from!=null&&a.to!=null?e.jsxs(e.Fragment,{children:[o(a.from)," → ",o(a.to)]}):e.jsx(b,{})," ","· ",a.reason,e.jsxs("span",{className:"muted",children:[" ","· ",a.proposedBy," · ",d(a.proposedAt),a.approvals.map(i=>e.jsxs("span",{children:[" ","· ",n("approvedBy")," ",i.by," (",i.nation,")"]},i.by+i.at))]}),p&&e.jsxs("p",{className:"four-eyes","data-four-eyes":!0,children:[e.jsx("strong",{children:n("amendmentAwaitingSecond")}),u&&e.jsxs(e.Fragment,{children:[" — ",n("ownAmendment")]}),s&&e.jsxs(e.Fragment,{children:[" — ",n("youApproved")]}),a.awaiting&&e.jsxs("span",{className:"awaiting",children:[" ",a.awaiting]})]}),p&&e.jsxs("div",{className:"row actions",children:[t.can("Order","approveAmendment")&&!u&&!s&&e.jsx("button",{type:"button",className:"primary",disabled:c.busy,onClick:()=>c.run(E,{id:r.id,expectedVersion:r.version}),children:n("approveAmendment")}),t.can("Order","withdrawAmendment")&&e.jsx("button",{type:"button",disabled:c.busy,onClick:()=>c.run(F,{id:r.id,expectedVersion:r.version}),children:n("withdrawAmendment")})]})]},a.id)})}),e.jsx(f,{error:c.error}),t.can("Order","amend")&&D(r)&&!r.amendments.some(a=>a.status==="PENDING_APPROVAL")&&e.jsx(M,{o:r})]})}function M({o:r}){const{t:n}=y(),o=g(),[d,t]=h.useState(""),[c,m]=h.useState(""),[l,a]=h.useState(""),u=N(o.error);return e.jsxs("details",{children:[e.jsx("summary",{children:n("amendOrder")}),e.jsxs("form",{className:"form",onSubmit:async s=>{s.preventDefault(),await o.run(B,{id:r.id,amount:d,reason:c,justification:l||null,expectedVersion:r.version})&&(t(""),m(""),a(""))},children:[e.jsx(v,{label:n("newAmount"),error:u.amount,children:(s,p)=>e.jsx("input",{id:s,...p,inputMode:"decimal",value:d,onChange:i=>t(i.target.value),required:!0})}),e.jsx(v,{label:n("reason"),error:u.reason,children:(s,p)=>e.jsx("input",{id:s,...p,value:c,onChange:i=>m(i.target.value),required:!0})}),e.jsx(v,{label:n("justification"),hint:n("justificationHint"),error:u.justification,children:(s,p)=>e.jsx("input",{id:s,...p,value:l,onChange:i=>a(i.target.value)})}),e.jsx("button",{type:"submit",className:"primary",disabled:o.busy,children:n("amend")}),e.jsx(f,{error:o.error,fields:["amount","reason","justification"]})]})]})}const _=j(`
  query Orders($canDraft: Boolean!, $seeValue: Boolean!, $seeFunding: Boolean!) {
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
          funding @include(if: $seeFunding) {
            area
            amount
            contributions {
              contributionId
              amount
            }
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
`),T=j(`
  mutation DraftOrder($input: DraftOrderInput!) {
    draftOrder(input: $input) {
      id
      status
    }
  }
`),G=j(`
  mutation ApproveOrder($id: ID!, $expectedVersion: Int) {
    approveOrder(id: $id, expectedVersion: $expectedVersion) {
      version
      id
      status
      approvedBy
      placedAt
    }
  }
`),H=j(`
  mutation CancelOrder($id: ID!, $expectedVersion: Int) {
    cancelOrder(id: $id, expectedVersion: $expectedVersion) {
      version
      id
      status
    }
  }
`),Y=j(`
  mutation ConfirmDelivery($id: ID!, $expectedVersion: Int) {
    confirmDelivery(id: $id, expectedVersion: $expectedVersion) {
      version
      id
      status
      deliveredAt
    }
  }
`);function Z(){const{t:r}=y(),n=$(),o=n.can("Order","draft"),[{data:d,error:t},c]=O({query:_,variables:{canDraft:o,seeValue:n.canRead("Delivery.value"),seeFunding:n.canRead("Order.funding")},requestPolicy:"cache-and-network"});if(!d)return t?e.jsx(R,{error:t,retry:()=>c({requestPolicy:"network-only"})}):e.jsx(w,{});const m=d.orders.edges.map(l=>l.node);return e.jsxs("section",{"aria-labelledby":"orders-title",children:[e.jsx("h1",{id:"orders-title",children:r("ordersTitle")}),o&&d.approved&&e.jsx(W,{requests:d.approved.edges.map(l=>l.node)}),m.length===0?e.jsx("p",{children:r("noOrders")}):e.jsx("ul",{className:"cards",children:m.map(l=>e.jsx(Q,{o:l},l.id))})]})}function Q({o:r}){const{t:n,money:o,date:d}=y(),t=$(),c=g(),m=t.viewer.sub,l=r.status==="PENDING_APPROVAL",a=l&&r.draftedBy===m;return e.jsxs("li",{className:"card order","data-order":r.id,"data-status":r.status,children:[e.jsxs("div",{className:"card-head",children:[e.jsx("h2",{className:"h3",children:r.request?.title??r.id}),e.jsx(A,{value:r.status})]}),r.request&&e.jsx("p",{className:"muted",children:n(`area.${r.request.area}`)}),e.jsxs("dl",{className:"pairs",children:[e.jsx("dt",{children:n("supplier")}),e.jsx("dd",{children:t.canRead("Order.supplier")&&r.supplier!=null?r.supplier:e.jsx(b,{})}),e.jsx("dt",{children:n("amount")}),e.jsx("dd",{children:t.canRead("Order.amount")&&r.amount!=null?o(r.amount):e.jsx(b,{})}),r.contractReference&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:n("contract")}),e.jsxs("dd",{children:[r.contractReference,r.agent&&e.jsxs(e.Fragment,{children:[" · ",r.agent.kind==="NSPA"?"NSPA":`${r.agent.name} (${r.agent.country})`]})]})]}),e.jsx("dt",{children:n("draftedBy")}),e.jsxs("dd",{children:[r.draftedBy," · ",d(r.draftedAt)]}),(r.approvals.length>0||r.approvedBy)&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:n("approvedBy")}),e.jsxs("dd",{"data-approvals":!0,children:[r.approvals.length>0?r.approvals.map(u=>`${u.by} (${u.nation})`).join(", "):r.approvedBy,r.placedAt&&e.jsxs(e.Fragment,{children:[" · ",d(r.placedAt)]})]})]}),r.deliveredAt&&e.jsxs(e.Fragment,{children:[e.jsx("dt",{children:n("deliveredAt")}),e.jsx("dd",{children:d(r.deliveredAt)})]})]}),l&&e.jsxs("p",{className:"four-eyes","data-four-eyes":!0,children:[e.jsx("strong",{children:n("awaitingSecond")}),a&&e.jsxs(e.Fragment,{children:[" — ",n("ownDraft")]}),r.approvals.some(u=>u.by===m)&&e.jsxs(e.Fragment,{children:[" — ",n("youApproved")]}),r.awaiting&&e.jsxs("span",{className:"awaiting",children:[" ",r.awaiting]})]}),e.jsx(P,{o:r}),e.jsx(k,{o:r}),e.jsx(C,{o:r}),e.jsxs("div",{className:"row actions",children:[t.can("Order","approve")&&l&&!a&&!r.approvals.some(u=>u.by===m)&&e.jsx("button",{type:"button",className:"primary",onClick:()=>c.run(G,{id:r.id,expectedVersion:r.version}),disabled:c.busy,children:n("approve")}),t.can("Order","confirmDelivery")&&(r.status==="PLACED"||r.status==="PARTLY_DELIVERED")&&e.jsx("button",{type:"button",className:"primary",onClick:()=>c.run(Y,{id:r.id,expectedVersion:r.version}),disabled:c.busy,children:n("confirmDelivery")}),t.can("Order","cancel")&&(l||r.status==="PLACED")&&e.jsx(V,{label:n("cancelOrder"),question:n("confirmCancelOrder"),danger:!0,onConfirm:()=>c.run(H,{id:r.id,expectedVersion:r.version})})]}),e.jsx(f,{error:c.error})]})}const U=j(`
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
`);function W({requests:r}){const{t:n}=y(),o=g(),[{data:d}]=O({query:U}),[t,c]=h.useState(""),[m,l]=h.useState(""),[a,u]=h.useState(""),[s,p]=h.useState("");return e.jsxs("details",{className:"card draft-order",children:[e.jsx("summary",{children:n("draftOrder")}),e.jsxs("form",{className:"form",onSubmit:async i=>{i.preventDefault(),await o.run(T,{input:{request:t,supplier:m,amount:a,agent:{kind:"NSPA"},contractReference:s}})&&(l(""),u(""),p(""))},children:[e.jsx(v,{label:n("request"),children:i=>e.jsxs("select",{id:i,value:t,onChange:x=>c(x.target.value),required:!0,children:[e.jsx("option",{value:"",children:"—"}),r.map(x=>e.jsx("option",{value:x.id,children:x.title},x.id))]})}),e.jsx(v,{label:n("supplier"),children:i=>e.jsxs("select",{id:i,value:m,onChange:x=>l(x.target.value),required:!0,children:[e.jsx("option",{value:"",children:"—"}),d?.suppliers.edges.map(({node:x})=>e.jsxs("option",{value:x.id,children:[x.name," (",x.country,")"]},x.id))]})}),e.jsx(v,{label:n("contractReference"),children:i=>e.jsx("input",{id:i,value:s,onChange:x=>p(x.target.value),required:!0})}),e.jsx(v,{label:n("amount")+" (EUR)",children:i=>e.jsx("input",{id:i,inputMode:"decimal",placeholder:"100000.00",value:a,onChange:x=>u(x.target.value),required:!0})}),e.jsx("button",{type:"submit",className:"primary",disabled:o.busy,children:n("draft")}),e.jsx(f,{error:o.error})]})]})}export{Z as default};
