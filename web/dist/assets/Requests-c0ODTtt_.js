import{g as x,u as q,c as C,e as N,j as e,L as S,d as A,A as v,S as T,H as I,C as D,F as R,h as k}from"./index-CJq5rlcS.js";import{u as E,r as f}from"./graphql-BgRXROpv.js";import{u as $}from"./useAction-D9tjUC5x.js";import"./react-BaS1cqud.js";const F=x(`
  query Requests {
    requests(first: 500) {
      edges {
        node {
          id
          title
          description
          area
          phase
          priority
          estimatedCost
          status
          rejectReason
          createdAt
        }
      }
    }
  }
`),P=x(`
  mutation CreateRequest($input: CreateRequestInput!) {
    createRequest(input: $input) {
      id
      status
    }
  }
`),U=x(`
  mutation UpdateRequest($id: ID!, $input: UpdateRequestInput!) {
    updateRequest(id: $id, input: $input) {
      id
      title
      description
      area
      estimatedCost
    }
  }
`),M=x(`
  mutation SubmitRequest($id: ID!) {
    submitRequest(id: $id) {
      id
      status
      priority
    }
  }
`),L=x(`
  mutation ReprioritizeRequest($id: ID!, $priority: Int!) {
    reprioritizeRequest(id: $id, priority: $priority) {
      id
      priority
    }
  }
`),B=x(`
  mutation WithdrawRequest($id: ID!) {
    withdrawRequest(id: $id) {
      id
      status
      priority
    }
  }
`),O=x(`
  mutation ApproveRequest($id: ID!) {
    approveRequest(id: $id) {
      id
      status
    }
  }
`),z=x(`
  mutation RejectRequest($id: ID!, $reason: String!) {
    rejectRequest(id: $id, reason: $reason) {
      id
      status
      priority
      rejectReason
    }
  }
`),H=x(`
  mutation FulfillRequest($id: ID!) {
    fulfillRequest(id: $id) {
      id
      status
      priority
    }
  }
`);function K(){const{t:s}=q(),u=C(),[{data:m,error:d},y]=E({query:F,requestPolicy:"cache-and-network"}),[i,l]=N();if(!m)return d?e.jsx(S,{error:d,retry:()=>y({requestPolicy:"network-only"})}):e.jsx(A,{});const j=m.requests.edges.map(t=>t.node),c=j.filter(t=>t.status==="DRAFT"),a=j.filter(t=>t.status!=="DRAFT"&&t.priority>0),r=j.filter(t=>t.status!=="DRAFT"&&t.priority===0),h=[...new Set(a.map(t=>t.phase))].sort((t,n)=>t-n);return e.jsxs("section",{"aria-labelledby":"requests-title",children:[e.jsx("h1",{id:"requests-title",children:s("requestsTitle")}),i,u.can("PriorityRequest","create")&&e.jsx(Q,{}),c.length>0&&e.jsxs("section",{"aria-labelledby":"drafts-title",children:[e.jsx("h2",{id:"drafts-title",children:s("drafts")}),e.jsx("ul",{className:"cards",children:c.map(t=>e.jsx(b,{r:t},t.id))})]}),h.length===0&&e.jsx("p",{children:s("noRequests")}),h.map(t=>e.jsx(W,{phase:t,requests:a.filter(n=>n.phase===t).sort((n,p)=>n.priority-p.priority),announce:l},t)),r.length>0&&e.jsxs("section",{"aria-labelledby":"closed-title",children:[e.jsx("h2",{id:"closed-title",children:s("closedRequests")}),e.jsx("ul",{className:"cards",children:r.map(t=>e.jsx(b,{r:t},t.id))})]})]})}function W({phase:s,requests:u,announce:m}){const{t:d}=q(),i=C().can("PriorityRequest","reprioritize"),l=$(),j=f.useRef(null),[c,a]=f.useState(null),r=f.useRef(null);f.useEffect(()=>{if(!c||!r.current)return;const t=r.current.querySelector(`[data-focus-key="${c}"]`);t&&!t.disabled&&(t.focus(),a(null))},[u,c]);async function h(t,n,p){if(n<1||n>u.length||n===t.priority)return;await l.run(L,{id:t.id,priority:n})&&(m(d("moved",{title:t.title,n,phase:s})),p&&a(p))}return e.jsxs("section",{"aria-labelledby":`phase-${s}`,children:[e.jsx("h2",{id:`phase-${s}`,children:d("phase",{n:s})}),i&&e.jsx("p",{className:"muted",children:d("dragHint")}),e.jsx(v,{error:l.error}),e.jsx("ol",{className:"cards",ref:r,"data-phase":s,children:u.map(t=>e.jsx(b,{r:t,draggable:i,onDragStart:()=>j.current=t.id,onDrop:()=>{const n=u.find(p=>p.id===j.current);j.current=null,n&&h(n,t.priority)},mover:i&&e.jsxs("div",{className:"row mover",children:[e.jsx("button",{type:"button","data-focus-key":`up-${t.id}`,"aria-label":d("moveUp",{title:t.title}),disabled:t.priority===1||l.busy,onClick:()=>h(t,t.priority-1,t.priority-1===1?`down-${t.id}`:`up-${t.id}`),children:"↑"}),e.jsx("button",{type:"button","data-focus-key":`down-${t.id}`,"aria-label":d("moveDown",{title:t.title}),disabled:t.priority===u.length||l.busy,onClick:()=>h(t,t.priority+1,t.priority+1===u.length?`up-${t.id}`:`down-${t.id}`),children:"↓"})]})},t.id))})]})}function b({r:s,mover:u,draggable:m,onDragStart:d,onDrop:y}){const{t:i,money:l,date:j}=q(),c=C(),a=$(),[r,h]=f.useState(!1),[t,n]=f.useState(""),p=o=>c.can("PriorityRequest",o);return e.jsxs("li",{className:"card request","data-request":s.id,"data-status":s.status,draggable:m,onDragStart:o=>{o.dataTransfer.effectAllowed="move",o.dataTransfer.setData("text/plain",s.id),d?.()},onDragOver:m?o=>o.preventDefault():void 0,onDrop:m?o=>{o.preventDefault(),y?.()}:void 0,children:[e.jsxs("div",{className:"card-head",children:[s.priority>0&&e.jsx("span",{className:"priority","aria-label":`${i("priority")} ${s.priority}`,children:s.priority}),e.jsx("h3",{children:s.title}),e.jsx(T,{value:s.status})]}),e.jsxs("p",{className:"muted",children:[i(`area.${s.area}`)," · ",i("phase",{n:s.phase})," · ",j(s.createdAt)]}),e.jsx("p",{children:s.description}),e.jsxs("p",{children:[i("estimatedCost"),": ",c.canRead("PriorityRequest.estimatedCost")&&s.estimatedCost!=null?l(s.estimatedCost):e.jsx(I,{})]}),s.rejectReason&&e.jsxs("p",{children:[i("rejectReason"),": ",s.rejectReason]}),r?e.jsx(w,{initial:s,submitLabel:i("save"),onSubmit:async o=>{await a.run(U,{id:s.id,input:{title:o.title,description:o.description,area:o.area,estimatedCost:o.estimatedCost}})&&h(!1)},onCancel:()=>h(!1)}):e.jsxs("div",{className:"row actions",children:[u,p("update")&&(s.status==="DRAFT"||s.status==="SUBMITTED")&&e.jsx("button",{type:"button",onClick:()=>h(!0),children:i("edit")}),p("submit")&&s.status==="DRAFT"&&e.jsx("button",{type:"button",className:"primary",onClick:()=>a.run(M,{id:s.id}),children:i("submit")}),p("approve")&&s.status==="SUBMITTED"&&e.jsx("button",{type:"button",className:"primary",onClick:()=>a.run(O,{id:s.id}),children:i("approve")}),p("reject")&&s.status==="SUBMITTED"&&e.jsx(D,{label:i("reject"),question:i("reject")+": "+s.title,danger:!0,onConfirm:()=>a.run(z,{id:s.id,reason:t}),children:e.jsx(R,{label:i("rejectReason"),children:o=>e.jsx("input",{id:o,value:t,onChange:g=>n(g.target.value),required:!0})})}),p("fulfill")&&s.status==="IN_PROCUREMENT"&&e.jsx("button",{type:"button",className:"primary",onClick:()=>a.run(H,{id:s.id}),children:i("fulfill")}),p("withdraw")&&["DRAFT","SUBMITTED","APPROVED"].includes(s.status)&&e.jsx(D,{label:i("withdraw"),question:i("confirmWithdraw",{title:s.title}),danger:!0,onConfirm:()=>a.run(B,{id:s.id})})]}),e.jsx(v,{error:a.error})]})}function w({initial:s,submitLabel:u,onSubmit:m,onCancel:d,withPhase:y}){const{t:i}=q(),[l,j]=f.useState({title:s?.title??"",description:s?.description??"",area:s?.area??"COMMUNICATIONS",phase:s?.phase??1,estimatedCost:s?.estimatedCost??""}),c=(a,r)=>j(h=>({...h,[a]:r}));return e.jsxs("form",{className:"form",onSubmit:a=>{a.preventDefault(),m(l)},children:[e.jsx(R,{label:i("title"),children:a=>e.jsx("input",{id:a,value:l.title,onChange:r=>c("title",r.target.value),required:!0})}),e.jsx(R,{label:i("description"),children:a=>e.jsx("textarea",{id:a,value:l.description,onChange:r=>c("description",r.target.value),rows:3})}),e.jsx(R,{label:i("area"),children:a=>e.jsx("select",{id:a,value:l.area,onChange:r=>c("area",r.target.value),children:k.map(r=>e.jsx("option",{value:r,children:i(`area.${r}`)},r))})}),y&&e.jsx(R,{label:i("phaseLabel"),children:a=>e.jsx("input",{id:a,type:"number",min:1,value:l.phase,onChange:r=>c("phase",Number(r.target.value)),required:!0})}),e.jsx(R,{label:i("estimatedCost")+" (EUR)",children:a=>e.jsx("input",{id:a,inputMode:"decimal",placeholder:"250000.00",value:l.estimatedCost,onChange:r=>c("estimatedCost",r.target.value),required:!0})}),e.jsxs("div",{className:"row",children:[e.jsx("button",{type:"submit",className:"primary",children:u}),d&&e.jsx("button",{type:"button",onClick:d,children:i("cancel")})]})]})}function Q(){const{t:s}=q(),u=$(),[m,d]=f.useState(0);return e.jsxs("details",{className:"card",children:[e.jsx("summary",{children:s("newRequest")}),e.jsx(w,{withPhase:!0,submitLabel:s("createRequest"),onSubmit:async y=>{await u.run(P,{input:y})&&d(i=>i+1)}},m),e.jsx(v,{error:u.error})]})}export{K as default};
