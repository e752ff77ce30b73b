import{u as m,c as f,j as e,L as S,d as b,i as v,F as p,A,g}from"./index-CJq5rlcS.js";import{u as N,r as h}from"./graphql-BgRXROpv.js";import{u as C}from"./useAction-D9tjUC5x.js";import"./react-BaS1cqud.js";const q=g(`
  query Suppliers {
    suppliers(first: 1000) {
      totalCount
      edges {
        node {
          id
          name
          country
          identifierKind
          identifier
          registeredBy
          registeredAt
        }
      }
    }
  }
`),K=g(`
  mutation RegisterSupplier($input: RegisterSupplierInput!) {
    registerSupplier(input: $input) {
      id
      name
      country
      identifierKind
      identifier
      registeredBy
      registeredAt
    }
  }
`),E=["VAT","NCAGE","DUNS","NATIONAL"];function B(){const{t:r,date:a}=m(),o=f(),[{data:l,error:d},u]=N({query:q,requestPolicy:"cache-and-network"});return e.jsxs("section",{"aria-labelledby":"suppliers-title",children:[e.jsx("h1",{id:"suppliers-title",children:r("suppliersTitle")}),o.can("Supplier","register")&&e.jsx(w,{}),l?l.suppliers.edges.length===0?e.jsx("p",{children:r("noSuppliers")}):e.jsx("div",{className:"table-wrap",children:e.jsxs("table",{children:[e.jsx("caption",{className:"visually-hidden",children:r("suppliersTitle")}),e.jsx("thead",{children:e.jsxs("tr",{children:[e.jsx("th",{scope:"col",children:r("name")}),e.jsx("th",{scope:"col",children:r("country")}),e.jsx("th",{scope:"col",children:r("identifier")}),e.jsx("th",{scope:"col",children:r("registered")})]})}),e.jsx("tbody",{children:l.suppliers.edges.map(({node:i})=>e.jsxs("tr",{"data-supplier":i.id,children:[e.jsx("th",{scope:"row",children:i.name}),e.jsx("td",{children:i.country}),e.jsxs("td",{children:[i.identifierKind," ",i.identifier]}),e.jsxs("td",{children:[a(i.registeredAt)," · ",i.registeredBy]})]},i.id))})]})}):d?e.jsx(S,{error:d,retry:()=>u({requestPolicy:"network-only"})}):e.jsx(b,{})]})}function w(){const{t:r}=m(),a=C(),[o,l]=h.useState(""),[d,u]=h.useState(""),[i,y]=h.useState("VAT"),[x,j]=h.useState(""),c=v(a.error);return e.jsxs("details",{className:"card",children:[e.jsx("summary",{children:r("registerSupplier")}),e.jsxs("form",{className:"form",onSubmit:async s=>{s.preventDefault(),await a.run(K,{input:{name:o,country:d.toUpperCase(),identifierKind:i,identifier:x}})&&(l(""),u(""),j(""))},children:[e.jsx(p,{label:r("name"),error:c.name,children:(s,n)=>e.jsx("input",{id:s,...n,value:o,onChange:t=>l(t.target.value),required:!0})}),e.jsx(p,{label:r("country"),hint:"ISO 3166-1 alpha-2",error:c.country,children:(s,n)=>e.jsx("input",{id:s,...n,value:d,maxLength:2,onChange:t=>u(t.target.value),required:!0,autoCapitalize:"characters"})}),e.jsx(p,{label:r("identifierKind"),error:c.identifierKind,children:(s,n)=>e.jsx("select",{id:s,...n,value:i,onChange:t=>y(t.target.value),children:E.map(t=>e.jsx("option",{value:t,children:t},t))})}),e.jsx(p,{label:r("identifier"),error:c.identifier,children:(s,n)=>e.jsx("input",{id:s,...n,value:x,onChange:t=>j(t.target.value),required:!0})}),e.jsx("button",{type:"submit",className:"primary",disabled:a.busy,children:r("register")}),e.jsx(A,{error:a.error,fields:["name","country","identifierKind","identifier"]})]})]})}export{B as default};
