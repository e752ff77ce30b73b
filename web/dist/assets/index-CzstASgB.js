const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/SignIn-BVvV7MgD.js","assets/graphql-BgRXROpv.js","assets/react-BaS1cqud.js","assets/Dashboard-D79McZ-Q.js","assets/Requests-BwreJQEM.js","assets/useAction-D9tjUC5x.js","assets/Orders-DYWIP2xu.js","assets/Nations-Bu_Te54S.js","assets/Pledges-C3EEutI8.js","assets/Audit-B_se0K3D.js","assets/People-B4XTKp4_.js","assets/Suppliers-BH_UH5rM.js","assets/Exports-CWLzRyUf.js"])))=>i.map(i=>d[i]);
import{r as l,R as Se,C as he,f as De,m as Re,c as Fe,s as Ae,a as Ve,u as Te,b as $e}from"./graphql-BgRXROpv.js";import{r as Ee}from"./react-BaS1cqud.js";const Ie=function(){const n=typeof document<"u"&&document.createElement("link").relList;return n&&n.supports&&n.supports("modulepreload")?"modulepreload":"preload"}(),_e=function(e){return"/"+e},j={},p=function(n,i,a){let t=Promise.resolve();if(i&&i.length>0){document.getElementsByTagName("link");const s=document.querySelector("meta[property=csp-nonce]"),u=s?.nonce||s?.getAttribute("nonce");t=Promise.allSettled(i.map(o=>{if(o=_e(o),o in j)return;j[o]=!0;const m=o.endsWith(".css"),c=m?'[rel="stylesheet"]':"";if(document.querySelector(`link[href="${o}"]${c}`))return;const k=document.createElement("link");if(k.rel=m?"stylesheet":Ie,m||(k.as="script"),k.crossOrigin="",k.href=o,u&&k.setAttribute("nonce",u),document.head.appendChild(k),m)return new Promise((N,f)=>{k.addEventListener("load",N),k.addEventListener("error",()=>f(new Error(`Unable to preload CSS for ${o}`)))})}))}function r(s){const u=new Event("vite:preloadError",{cancelable:!0});if(u.payload=s,window.dispatchEvent(u),!u.defaultPrevented)throw s}return t.then(s=>{for(const u of s||[])u.status==="rejected"&&r(u.reason);return n().catch(r)})};var G={exports:{}},V={};/**
 * @license React
 * react-jsx-runtime.production.min.js
 *
 * Copyright (c) Facebook, Inc. and its affiliates.
 *
 * This source code is licensed under the MIT license found in the
 * LICENSE file in the root directory of this source tree.
 */var Ce=l,xe=Symbol.for("react.element"),Oe=Symbol.for("react.fragment"),we=Object.prototype.hasOwnProperty,Pe=Ce.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED.ReactCurrentOwner,qe={key:!0,ref:!0,__self:!0,__source:!0};function Q(e,n,i){var a,t={},r=null,s=null;i!==void 0&&(r=""+i),n.key!==void 0&&(r=""+n.key),n.ref!==void 0&&(s=n.ref);for(a in n)we.call(n,a)&&!qe.hasOwnProperty(a)&&(t[a]=n[a]);if(e&&e.defaultProps)for(a in n=e.defaultProps,n)t[a]===void 0&&(t[a]=n[a]);return{$$typeof:xe,type:e,key:r,ref:s,props:t,_owner:Pe.current}}V.Fragment=Oe;V.jsx=Q;V.jsxs=Q;G.exports=V;var d=G.exports,X,L=Ee;X=L.createRoot,L.hydrateRoot;function je(e,n){if(e instanceof RegExp)return{keys:!1,pattern:e};var i,a,t,r,s=[],u="",o=e.split("/");for(o[0]||o.shift();t=o.shift();)i=t[0],i==="*"?(s.push(i),u+=t[1]==="?"?"(?:/(.*))?":"/(.*)"):i===":"?(a=t.indexOf("?",1),r=t.indexOf(".",1),s.push(t.substring(1,~a?a:~r?r:t.length)),u+=~a&&!~r?"(?:/([^/]+?))?":"/([^/]+?)",~r&&(u+=(~a?"?":"")+"\\"+t.substring(r))):u+="/"+t;return{keys:s,pattern:new RegExp("^"+u+(n?"(?=$|/)":"/?$"),"i")}}var Z={exports:{}},ee={};/**
 * @license React
 * use-sync-external-store-shim.production.js
 *
 * Copyright (c) Meta Platforms, Inc. and affiliates.
 *
 * This source code is licensed under the MIT license found in the
 * LICENSE file in the root directory of this source tree.
 */var h=l;function Le(e,n){return e===n&&(e!==0||1/e===1/n)||e!==e&&n!==n}var Be=typeof Object.is=="function"?Object.is:Le,Me=h.useState,Ue=h.useEffect,We=h.useLayoutEffect,He=h.useDebugValue;function Ye(e,n){var i=n(),a=Me({inst:{value:i,getSnapshot:n}}),t=a[0].inst,r=a[1];return We(function(){t.value=i,t.getSnapshot=n,I(t)&&r({inst:t})},[e,i,n]),Ue(function(){return I(t)&&r({inst:t}),e(function(){I(t)&&r({inst:t})})},[e]),He(i),i}function I(e){var n=e.getSnapshot;e=e.value;try{var i=n();return!Be(e,i)}catch{return!0}}function Ke(e,n){return n()}var ze=typeof window>"u"||typeof window.document>"u"||typeof window.document.createElement>"u"?Ke:Ye;ee.useSyncExternalStore=h.useSyncExternalStore!==void 0?h.useSyncExternalStore:ze;Z.exports=ee;var Je=Z.exports;const Ge=Se.useInsertionEffect,Qe=typeof window<"u"&&typeof window.document<"u"&&typeof window.document.createElement<"u",Xe=Qe?l.useLayoutEffect:l.useEffect,Ze=Ge||Xe,ne=e=>{const n=l.useRef([e,(...i)=>n[0](...i)]).current;return Ze(()=>{n[0]=e}),n[1]},B=["popstate","pushState","replaceState","hashchange"];let D=[];const M=()=>D.forEach(e=>e()),en=e=>(D.push(e)===1&&B.forEach(n=>addEventListener(n,M)),()=>{D=D.filter(n=>n!==e),D.length||B.forEach(n=>removeEventListener(n,M))}),ie=(e,n)=>Je.useSyncExternalStore(en,e,n),U=()=>location.search,nn=({ssrSearch:e}={})=>ie(U,e!=null?()=>e:U),W=()=>location.pathname,an=({ssrPath:e}={})=>ie(W,e!=null?()=>e:W),tn=(e,{replace:n=!1,state:i=null}={})=>history[n?"replaceState":"pushState"](i,"",e),dn=e=>[an(e),tn],H=Symbol.for("wouter_v3");if(typeof history<"u"&&typeof window[H]>"u"){for(const e of["pushState","replaceState"]){const n=history[e];history[e]=function(){const i=n.apply(this,arguments),a=new Event(e);return a.arguments=arguments,dispatchEvent(a),i}}Object.defineProperty(window,H,{value:!0})}const ae=(e="")=>e==="/"?"":e,rn=(e,n)=>e[0]==="~"?e.slice(1):ae(n)+e,te=(e,n)=>(e=Y(ae(e)),n=Y(n),!e||(n.toLowerCase()+"/").startsWith(e.toLowerCase()+"/")?n.slice(e.length)||"/":"~"+n),Y=e=>{try{return e.includes("%")?decodeURI(e):e}catch{return e}},de={hook:dn,searchHook:nn,parser:je,base:"",ssrPath:void 0,ssrSearch:void 0,ssrContext:void 0,hrefs:e=>e,aroundNav:(e,n,i)=>e(n,i)},re=l.createContext(de),R=()=>l.useContext(re),oe={},le=l.createContext(oe),on=()=>l.useContext(le),se=(e,n=e.base)=>te(n,e.hook(e)[0]),ue=e=>{const[n,i]=e.hook(e);return[te(e.base,n),ne((a,t)=>e.aroundNav(i,rn(a,e.base),t))]},O=()=>ue(R()),me=(e,n,i,a)=>{const{pattern:t,keys:r}=n instanceof RegExp?{pattern:n}:e(n||"*",a),s=t.exec(i);if(!s)return[!1,null];const u={};for(let o=1;o<s.length;o++)u[o-1]=s[o];if(r)for(let o=0;o<r.length;o++)u[r[o]]=s[o+1];else Object.assign(u,s.groups);return a?[!0,u,s[0]]:[!0,u]},ln=({children:e,...n})=>{const i=R(),a=n.hook?de:i;let t=a;if(n.ssrPath){const[o,m=n.ssrSearch??""]=n.ssrPath.split("?");o&&(n.ssrSearch=m,n.ssrPath=o)}n.hrefs=n.hrefs??n.hook?.hrefs,n.searchHook=n.searchHook??n.hook?.searchHook;let r=l.useRef(a),s=r.current,u=s;for(let o in a){const m=o==="base"?a[o]+(n[o]??""):n[o]??a[o];m!==u[o]&&(s===u&&(r.current=u={...u}),u[o]=m),(m!==a[o]||m!==t[o])&&(t=u)}return l.createElement(re.Provider,{value:t},e)},sn=({children:e,component:n},i)=>n?l.createElement(n,{params:i}):typeof e=="function"?e(i):e,un=e=>{let n=l.useRef(oe);const i=n.current,a=Object.keys(e);return n.current=a.length!==Object.keys(i).length||a.some(t=>e[t]!==i[t])?e:i},mn=({path:e,nest:n,match:i,...a})=>{const t=R(),r=se(t),[s,u,o]=i??me(t.parser,e,r,n),m=un({...on(),...u});if(!s)return null;const c=sn(a,m);return l.createElement(le.Provider,{value:m},o?l.createElement(ln,{base:o},c):c)},cn=l.forwardRef((e,n)=>{const i=R(),[a,t]=ue(i),{to:r="",href:s=r,onClick:u,asChild:o,children:m,className:c,replace:k,state:N,transition:f,...b}=e;return b.onClick=ne(v=>{v.ctrlKey||v.metaKey||v.altKey||v.shiftKey||v.button!==0||(u?.(v),v.defaultPrevented||(v.preventDefault(),t(s,e)))}),b.href=i.hrefs(s[0]==="~"?s.slice(1):i.base+s,i),c!==void 0&&(b.className=c?.call?c(a===s):c),n&&(b.ref=n),o&&l.isValidElement(m)?l.cloneElement(m,b):l.createElement("a",b,m)}),ce=(e,n=[])=>{if(Array.isArray(e))for(const i of e)ce(i&&i.type===l.Fragment?i.props.children:i,n);else n.push(e);return n},kn=({children:e,location:n})=>{const i=R(),a=se(i);for(const t of ce(e)){let r=0;if(l.isValidElement(t)&&(r=me(i.parser,t.props.path,n||a,t.props.nest))[0])return l.cloneElement(t,{match:r})}return null},vn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Audit"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"first"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"after"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"action"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"target"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"from"}},type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"to"}},type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"actorSub"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"actorNation"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"outcome"}},type:{kind:"NamedType",name:{kind:"Name",value:"AuditOutcome"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"targetType"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"auditLog"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"Variable",name:{kind:"Name",value:"first"}}},{kind:"Argument",name:{kind:"Name",value:"after"},value:{kind:"Variable",name:{kind:"Name",value:"after"}}},{kind:"Argument",name:{kind:"Name",value:"action"},value:{kind:"Variable",name:{kind:"Name",value:"action"}}},{kind:"Argument",name:{kind:"Name",value:"target"},value:{kind:"Variable",name:{kind:"Name",value:"target"}}},{kind:"Argument",name:{kind:"Name",value:"from"},value:{kind:"Variable",name:{kind:"Name",value:"from"}}},{kind:"Argument",name:{kind:"Name",value:"to"},value:{kind:"Variable",name:{kind:"Name",value:"to"}}},{kind:"Argument",name:{kind:"Name",value:"actorSub"},value:{kind:"Variable",name:{kind:"Name",value:"actorSub"}}},{kind:"Argument",name:{kind:"Name",value:"actorNation"},value:{kind:"Variable",name:{kind:"Name",value:"actorNation"}}},{kind:"Argument",name:{kind:"Name",value:"outcome"},value:{kind:"Variable",name:{kind:"Name",value:"outcome"}}},{kind:"Argument",name:{kind:"Name",value:"targetType"},value:{kind:"Variable",name:{kind:"Name",value:"targetType"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"pageInfo"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"hasNextPage"}},{kind:"Field",name:{kind:"Name",value:"endCursor"}}]}},{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"at"}},{kind:"Field",name:{kind:"Name",value:"actor"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"sub"}},{kind:"Field",name:{kind:"Name",value:"role"}},{kind:"Field",name:{kind:"Name",value:"nation"}}]}},{kind:"Field",name:{kind:"Name",value:"action"}},{kind:"Field",name:{kind:"Name",value:"target"}},{kind:"Field",name:{kind:"Name",value:"targetType"}},{kind:"Field",name:{kind:"Name",value:"outcome"}},{kind:"Field",name:{kind:"Name",value:"detail"}},{kind:"Field",name:{kind:"Name",value:"reason"}},{kind:"Field",name:{kind:"Name",value:"changes"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"field"}},{kind:"Field",name:{kind:"Name",value:"before"}},{kind:"Field",name:{kind:"Name",value:"after"}}]}}]}}]}}]}}]}}]},pn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Fund"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at1"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at2"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at3"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at4"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at5"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at6"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at7"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at8"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at9"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at10"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at11"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at12"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"fund"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"pledged"}},{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"available"}},{kind:"Field",name:{kind:"Name",value:"inKind"}},{kind:"Field",name:{kind:"Name",value:"contributors"}},{kind:"Field",name:{kind:"Name",value:"byArea"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"area"}},{kind:"Field",name:{kind:"Name",value:"contributors"}},{kind:"Field",name:{kind:"Name",value:"pledged"}},{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"available"}},{kind:"Field",name:{kind:"Name",value:"suppressedReason"}}]}}]}},{kind:"Field",alias:{kind:"Name",value:"h1"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at1"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h2"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at2"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h3"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at3"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h4"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at4"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h5"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at5"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h6"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at6"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h7"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at7"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h8"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at8"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h9"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at9"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h10"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at10"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h11"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at11"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h12"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at12"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}}]}}]},Nn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Nations"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"nations"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"300"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"name"}},{kind:"Field",name:{kind:"Name",value:"role"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"joinedAt"}},{kind:"Field",name:{kind:"Name",value:"suspendedReason"}}]}}]}}]}}]}}]},fn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"AdmitNation"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"AdmitNationInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"admitNation"},arguments:[{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"name"}},{kind:"Field",name:{kind:"Name",value:"role"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"joinedAt"}}]}}]}}]},bn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"SetNationRole"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"code"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"role"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"NationRole"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"setNationRole"},arguments:[{kind:"Argument",name:{kind:"Name",value:"code"},value:{kind:"Variable",name:{kind:"Name",value:"code"}}},{kind:"Argument",name:{kind:"Name",value:"role"},value:{kind:"Variable",name:{kind:"Name",value:"role"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"role"}}]}}]}}]},yn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"SuspendNation"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"code"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reason"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"suspendNation"},arguments:[{kind:"Argument",name:{kind:"Name",value:"code"},value:{kind:"Variable",name:{kind:"Name",value:"code"}}},{kind:"Argument",name:{kind:"Name",value:"reason"},value:{kind:"Variable",name:{kind:"Name",value:"reason"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"suspendedReason"}}]}}]}}]},gn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ReinstateNation"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"code"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"reinstateNation"},arguments:[{kind:"Argument",name:{kind:"Name",value:"code"},value:{kind:"Variable",name:{kind:"Name",value:"code"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"suspendedReason"}}]}}]}}]},Sn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Orders"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"canDraft"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Boolean"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"seeValue"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Boolean"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"orders"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"200"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"supplier"}},{kind:"Field",name:{kind:"Name",value:"amount"}},{kind:"Field",name:{kind:"Name",value:"draftedBy"}},{kind:"Field",name:{kind:"Name",value:"approvedBy"}},{kind:"Field",name:{kind:"Name",value:"draftedAt"}},{kind:"Field",name:{kind:"Name",value:"placedAt"}},{kind:"Field",name:{kind:"Name",value:"deliveredAt"}},{kind:"Field",name:{kind:"Name",value:"version"}},{kind:"Field",name:{kind:"Name",value:"contractReference"}},{kind:"Field",name:{kind:"Name",value:"agent"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"kind"}},{kind:"Field",name:{kind:"Name",value:"country"}},{kind:"Field",name:{kind:"Name",value:"name"}}]}},{kind:"Field",name:{kind:"Name",value:"request"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"title"}},{kind:"Field",name:{kind:"Name",value:"area"}}]}},{kind:"Field",name:{kind:"Name",value:"approvals"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"by"}},{kind:"Field",name:{kind:"Name",value:"nation"}},{kind:"Field",name:{kind:"Name",value:"at"}}]}},{kind:"Field",name:{kind:"Name",value:"awaiting"}},{kind:"Field",name:{kind:"Name",value:"deliveries"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"value"},directives:[{kind:"Directive",name:{kind:"Name",value:"include"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"seeValue"}}}]}]},{kind:"Field",name:{kind:"Name",value:"date"}},{kind:"Field",name:{kind:"Name",value:"reference"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"whole"}},{kind:"Field",name:{kind:"Name",value:"recordedBy"}},{kind:"Field",name:{kind:"Name",value:"recordedAt"}},{kind:"Field",name:{kind:"Name",value:"decidedBy"}},{kind:"Field",name:{kind:"Name",value:"decidedAt"}},{kind:"Field",name:{kind:"Name",value:"rejectReason"}},{kind:"Field",name:{kind:"Name",value:"version"}}]}},{kind:"Field",name:{kind:"Name",value:"amendments"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"from"},directives:[{kind:"Directive",name:{kind:"Name",value:"include"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"seeValue"}}}]}]},{kind:"Field",name:{kind:"Name",value:"to"},directives:[{kind:"Directive",name:{kind:"Name",value:"include"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"seeValue"}}}]}]},{kind:"Field",name:{kind:"Name",value:"reason"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"proposedBy"}},{kind:"Field",name:{kind:"Name",value:"proposedAt"}},{kind:"Field",name:{kind:"Name",value:"awaiting"}},{kind:"Field",name:{kind:"Name",value:"approvals"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"by"}},{kind:"Field",name:{kind:"Name",value:"nation"}},{kind:"Field",name:{kind:"Name",value:"at"}}]}},{kind:"Field",name:{kind:"Name",value:"appliedAt"}},{kind:"Field",name:{kind:"Name",value:"version"}}]}}]}}]}}]}},{kind:"Field",alias:{kind:"Name",value:"approved"},name:{kind:"Name",value:"requests"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"200"}},{kind:"Argument",name:{kind:"Name",value:"status"},value:{kind:"EnumValue",value:"APPROVED"}}],directives:[{kind:"Directive",name:{kind:"Name",value:"include"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"canDraft"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"title"}}]}}]}}]}}]}}]},hn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"DraftOrder"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"DraftOrderInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"draftOrder"},arguments:[{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},Dn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ApproveOrder"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"approveOrder"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"version"}},{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"approvedBy"}},{kind:"Field",name:{kind:"Name",value:"placedAt"}}]}}]}}]},Rn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"CancelOrder"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"cancelOrder"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"version"}},{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},Fn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ConfirmDelivery"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"confirmDelivery"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"version"}},{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"deliveredAt"}}]}}]}}]},An={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"DraftSuppliers"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"suppliers"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"200"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"name"}},{kind:"Field",name:{kind:"Name",value:"country"}}]}}]}}]}}]}}]},Vn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"RecordDelivery"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"order"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"value"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Money"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"date"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reference"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"recordDelivery"},arguments:[{kind:"Argument",name:{kind:"Name",value:"order"},value:{kind:"Variable",name:{kind:"Name",value:"order"}}},{kind:"Argument",name:{kind:"Name",value:"value"},value:{kind:"Variable",name:{kind:"Name",value:"value"}}},{kind:"Argument",name:{kind:"Name",value:"date"},value:{kind:"Variable",name:{kind:"Name",value:"date"}}},{kind:"Argument",name:{kind:"Name",value:"reference"},value:{kind:"Variable",name:{kind:"Name",value:"reference"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},Tn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"AcceptDelivery"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"acceptDelivery"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"decidedBy"}},{kind:"Field",name:{kind:"Name",value:"decidedAt"}},{kind:"Field",name:{kind:"Name",value:"version"}}]}}]}}]},$n={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"RejectDelivery"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reason"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"rejectDelivery"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"reason"},value:{kind:"Variable",name:{kind:"Name",value:"reason"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"decidedBy"}},{kind:"Field",name:{kind:"Name",value:"decidedAt"}},{kind:"Field",name:{kind:"Name",value:"rejectReason"}},{kind:"Field",name:{kind:"Name",value:"version"}}]}}]}}]},En={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"AmendOrder"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"amount"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Money"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reason"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"justification"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"amendOrder"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"amount"},value:{kind:"Variable",name:{kind:"Name",value:"amount"}}},{kind:"Argument",name:{kind:"Name",value:"reason"},value:{kind:"Variable",name:{kind:"Name",value:"reason"}}},{kind:"Argument",name:{kind:"Name",value:"justification"},value:{kind:"Variable",name:{kind:"Name",value:"justification"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"version"}}]}}]}}]},In={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ApproveAmendment"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"approveAmendment"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"version"}}]}}]}}]},_n={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"WithdrawAmendment"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"withdrawAmendment"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"version"}}]}}]}}]},Cn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"People"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"people"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"1000"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"totalCount"}},{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"issuer"}},{kind:"Field",name:{kind:"Name",value:"sub"}},{kind:"Field",name:{kind:"Name",value:"nation"}},{kind:"Field",name:{kind:"Name",value:"role"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"reason"}},{kind:"Field",name:{kind:"Name",value:"firstSeen"}},{kind:"Field",name:{kind:"Name",value:"lastSeen"}}]}}]}}]}}]}}]},xn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"SuspendPerson"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"issuer"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"sub"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reason"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"suspendPerson"},arguments:[{kind:"Argument",name:{kind:"Name",value:"issuer"},value:{kind:"Variable",name:{kind:"Name",value:"issuer"}}},{kind:"Argument",name:{kind:"Name",value:"sub"},value:{kind:"Variable",name:{kind:"Name",value:"sub"}}},{kind:"Argument",name:{kind:"Name",value:"reason"},value:{kind:"Variable",name:{kind:"Name",value:"reason"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"issuer"}},{kind:"Field",name:{kind:"Name",value:"sub"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"reason"}}]}}]}}]},On={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ReinstatePerson"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"issuer"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"sub"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reason"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"reinstatePerson"},arguments:[{kind:"Argument",name:{kind:"Name",value:"issuer"},value:{kind:"Variable",name:{kind:"Name",value:"issuer"}}},{kind:"Argument",name:{kind:"Name",value:"sub"},value:{kind:"Variable",name:{kind:"Name",value:"sub"}}},{kind:"Argument",name:{kind:"Name",value:"reason"},value:{kind:"Variable",name:{kind:"Name",value:"reason"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"issuer"}},{kind:"Field",name:{kind:"Name",value:"sub"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"reason"}}]}}]}}]},wn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Contributions"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"contributions"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"500"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"nation"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"name"}}]}},{kind:"Field",name:{kind:"Name",value:"kind"}},{kind:"Field",name:{kind:"Name",value:"amount"}},{kind:"Field",name:{kind:"Name",value:"currency"}},{kind:"Field",name:{kind:"Name",value:"eurAmount"}},{kind:"Field",name:{kind:"Name",value:"receivedEur"}},{kind:"Field",name:{kind:"Name",value:"earmark"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"pledgedAt"}},{kind:"Field",name:{kind:"Name",value:"receivedAt"}},{kind:"Field",name:{kind:"Name",value:"rate"}}]}}]}}]}}]}}]},Pn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"PledgeContribution"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"PledgeInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"pledgeContribution"},arguments:[{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},qn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"CancelContribution"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"cancelContribution"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},jn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"RecordReceipt"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"receivedEur"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Money"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"rate"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"recordReceipt"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"receivedEur"},value:{kind:"Variable",name:{kind:"Name",value:"receivedEur"}}},{kind:"Argument",name:{kind:"Name",value:"rate"},value:{kind:"Variable",name:{kind:"Name",value:"rate"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"receivedEur"}},{kind:"Field",name:{kind:"Name",value:"receivedAt"}},{kind:"Field",name:{kind:"Name",value:"rate"}}]}}]}}]},Ln={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"CommitContribution"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reference"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"signedOn"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"commitContribution"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"reference"},value:{kind:"Variable",name:{kind:"Name",value:"reference"}}},{kind:"Argument",name:{kind:"Name",value:"signedOn"},value:{kind:"Variable",name:{kind:"Name",value:"signedOn"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},Bn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Requests"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"requests"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"500"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"title"}},{kind:"Field",name:{kind:"Name",value:"description"}},{kind:"Field",name:{kind:"Name",value:"area"}},{kind:"Field",name:{kind:"Name",value:"phase"}},{kind:"Field",name:{kind:"Name",value:"priority"}},{kind:"Field",name:{kind:"Name",value:"estimatedCost"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"rejectReason"}},{kind:"Field",name:{kind:"Name",value:"createdAt"}}]}}]}}]}}]}}]},Mn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"CreateRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"CreateRequestInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"createRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},Un={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"UpdateRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"UpdateRequestInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"updateRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"title"}},{kind:"Field",name:{kind:"Name",value:"description"}},{kind:"Field",name:{kind:"Name",value:"area"}},{kind:"Field",name:{kind:"Name",value:"estimatedCost"}}]}}]}}]},Wn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"SubmitRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"submitRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"priority"}}]}}]}}]},Hn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ReprioritizeRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"priority"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"reprioritizeRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"priority"},value:{kind:"Variable",name:{kind:"Name",value:"priority"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"priority"}}]}}]}}]},Yn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"WithdrawRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"withdrawRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"priority"}}]}}]}}]},Kn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ApproveRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"approveRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},zn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"RejectRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reason"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"rejectRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"reason"},value:{kind:"Variable",name:{kind:"Name",value:"reason"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"priority"}},{kind:"Field",name:{kind:"Name",value:"rejectReason"}}]}}]}}]},Jn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"FulfillRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"fulfillRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"priority"}}]}}]}}]},Gn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Suppliers"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"suppliers"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"1000"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"totalCount"}},{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"name"}},{kind:"Field",name:{kind:"Name",value:"country"}},{kind:"Field",name:{kind:"Name",value:"identifierKind"}},{kind:"Field",name:{kind:"Name",value:"identifier"}},{kind:"Field",name:{kind:"Name",value:"registeredBy"}},{kind:"Field",name:{kind:"Name",value:"registeredAt"}}]}}]}}]}}]}}]},Qn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"RegisterSupplier"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"RegisterSupplierInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"registerSupplier"},arguments:[{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"name"}},{kind:"Field",name:{kind:"Name",value:"country"}},{kind:"Field",name:{kind:"Name",value:"identifierKind"}},{kind:"Field",name:{kind:"Name",value:"identifier"}},{kind:"Field",name:{kind:"Name",value:"registeredBy"}},{kind:"Field",name:{kind:"Name",value:"registeredAt"}}]}}]}}]},Xn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Me"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"me"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"sub"}},{kind:"Field",name:{kind:"Name",value:"role"}},{kind:"Field",name:{kind:"Name",value:"nation"}},{kind:"Field",name:{kind:"Name",value:"permissions"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"resource"}},{kind:"Field",name:{kind:"Name",value:"action"}},{kind:"Field",name:{kind:"Name",value:"scope"}}]}}]}}]}}]},Zn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"subscription",name:{kind:"Name",value:"LiveEvents"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"after"}},type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"auditEvents"},arguments:[{kind:"Argument",name:{kind:"Name",value:"after"},value:{kind:"Variable",name:{kind:"Name",value:"after"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"action"}},{kind:"Field",name:{kind:"Name",value:"target"}}]}}]}}]},ei={"\n  query Audit(\n    $first: Int!\n    $after: String\n    $action: String\n    $target: String\n    $from: Time\n    $to: Time\n    $actorSub: String\n    $actorNation: String\n    $outcome: AuditOutcome\n    $targetType: String\n  ) {\n    auditLog(\n      first: $first\n      after: $after\n      action: $action\n      target: $target\n      from: $from\n      to: $to\n      actorSub: $actorSub\n      actorNation: $actorNation\n      outcome: $outcome\n      targetType: $targetType\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actor {\n            sub\n            role\n            nation\n          }\n          action\n          target\n          targetType\n          outcome\n          detail\n          reason\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n":vn,"\n  query Fund($at1: Time!, $at2: Time!, $at3: Time!, $at4: Time!, $at5: Time!, $at6: Time!, $at7: Time!, $at8: Time!, $at9: Time!, $at10: Time!, $at11: Time!, $at12: Time!) {\n    fund {\n      pledged\n      received\n      committed\n      available\n      inKind\n      contributors\n      byArea {\n        area\n        contributors\n        pledged\n        received\n        committed\n        available\n        suppressedReason\n      }\n    }\n    h1: fund(asOf: $at1) {\n      received\n      committed\n      pledged\n    }\n    h2: fund(asOf: $at2) {\n      received\n      committed\n      pledged\n    }\n    h3: fund(asOf: $at3) {\n      received\n      committed\n      pledged\n    }\n    h4: fund(asOf: $at4) {\n      received\n      committed\n      pledged\n    }\n    h5: fund(asOf: $at5) {\n      received\n      committed\n      pledged\n    }\n    h6: fund(asOf: $at6) {\n      received\n      committed\n      pledged\n    }\n    h7: fund(asOf: $at7) {\n      received\n      committed\n      pledged\n    }\n    h8: fund(asOf: $at8) {\n      received\n      committed\n      pledged\n    }\n    h9: fund(asOf: $at9) {\n      received\n      committed\n      pledged\n    }\n    h10: fund(asOf: $at10) {\n      received\n      committed\n      pledged\n    }\n    h11: fund(asOf: $at11) {\n      received\n      committed\n      pledged\n    }\n    h12: fund(asOf: $at12) {\n      received\n      committed\n      pledged\n    }\n  }\n":pn,"\n  query Nations {\n    nations(first: 300) {\n      edges {\n        node {\n          code\n          name\n          role\n          status\n          joinedAt\n          suspendedReason\n        }\n      }\n    }\n  }\n":Nn,"\n  mutation AdmitNation($input: AdmitNationInput!) {\n    admitNation(input: $input) {\n      code\n      name\n      role\n      status\n      joinedAt\n    }\n  }\n":fn,"\n  mutation SetNationRole($code: String!, $role: NationRole!) {\n    setNationRole(code: $code, role: $role) {\n      code\n      role\n    }\n  }\n":bn,"\n  mutation SuspendNation($code: String!, $reason: String!) {\n    suspendNation(code: $code, reason: $reason) {\n      code\n      status\n      suspendedReason\n    }\n  }\n":yn,"\n  mutation ReinstateNation($code: String!) {\n    reinstateNation(code: $code) {\n      code\n      status\n      suspendedReason\n    }\n  }\n":gn,"\n  query Orders($canDraft: Boolean!, $seeValue: Boolean!) {\n    orders(first: 200) {\n      edges {\n        node {\n          id\n          status\n          supplier\n          amount\n          draftedBy\n          approvedBy\n          draftedAt\n          placedAt\n          deliveredAt\n          version\n          contractReference\n          agent {\n            kind\n            country\n            name\n          }\n          request {\n            id\n            title\n            area\n          }\n          approvals {\n            by\n            nation\n            at\n          }\n          awaiting\n          deliveries {\n            id\n            value @include(if: $seeValue)\n            date\n            reference\n            status\n            whole\n            recordedBy\n            recordedAt\n            decidedBy\n            decidedAt\n            rejectReason\n            version\n          }\n          amendments {\n            id\n            from @include(if: $seeValue)\n            to @include(if: $seeValue)\n            reason\n            status\n            proposedBy\n            proposedAt\n            awaiting\n            approvals {\n              by\n              nation\n              at\n            }\n            appliedAt\n            version\n          }\n        }\n      }\n    }\n    approved: requests(first: 200, status: APPROVED) @include(if: $canDraft) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Sn,"\n  mutation DraftOrder($input: DraftOrderInput!) {\n    draftOrder(input: $input) {\n      id\n      status\n    }\n  }\n":hn,"\n  mutation ApproveOrder($id: ID!, $expectedVersion: Int) {\n    approveOrder(id: $id, expectedVersion: $expectedVersion) {\n      version\n      id\n      status\n      approvedBy\n      placedAt\n    }\n  }\n":Dn,"\n  mutation CancelOrder($id: ID!, $expectedVersion: Int) {\n    cancelOrder(id: $id, expectedVersion: $expectedVersion) {\n      version\n      id\n      status\n    }\n  }\n":Rn,"\n  mutation ConfirmDelivery($id: ID!, $expectedVersion: Int) {\n    confirmDelivery(id: $id, expectedVersion: $expectedVersion) {\n      version\n      id\n      status\n      deliveredAt\n    }\n  }\n":Fn,"\n  query DraftSuppliers {\n    suppliers(first: 200) {\n      edges {\n        node {\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n":An,"\n  mutation RecordDelivery($order: ID!, $value: Money!, $date: String!, $reference: String!, $expectedVersion: Int) {\n    recordDelivery(order: $order, value: $value, date: $date, reference: $reference, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n":Vn,"\n  mutation AcceptDelivery($id: ID!, $expectedVersion: Int) {\n    acceptDelivery(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      decidedBy\n      decidedAt\n      version\n    }\n  }\n":Tn,"\n  mutation RejectDelivery($id: ID!, $reason: String!, $expectedVersion: Int) {\n    rejectDelivery(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      status\n      decidedBy\n      decidedAt\n      rejectReason\n      version\n    }\n  }\n":$n,"\n  mutation AmendOrder($id: ID!, $amount: Money!, $reason: String!, $justification: String, $expectedVersion: Int) {\n    amendOrder(id: $id, amount: $amount, reason: $reason, justification: $justification, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n":En,"\n  mutation ApproveAmendment($id: ID!, $expectedVersion: Int) {\n    approveAmendment(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n":In,"\n  mutation WithdrawAmendment($id: ID!, $expectedVersion: Int) {\n    withdrawAmendment(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n":_n,"\n  query People {\n    people(first: 1000) {\n      totalCount\n      edges {\n        node {\n          issuer\n          sub\n          nation\n          role\n          status\n          reason\n          firstSeen\n          lastSeen\n        }\n      }\n    }\n  }\n":Cn,"\n  mutation SuspendPerson($issuer: String!, $sub: String!, $reason: String!) {\n    suspendPerson(issuer: $issuer, sub: $sub, reason: $reason) {\n      issuer\n      sub\n      status\n      reason\n    }\n  }\n":xn,"\n  mutation ReinstatePerson($issuer: String!, $sub: String!, $reason: String!) {\n    reinstatePerson(issuer: $issuer, sub: $sub, reason: $reason) {\n      issuer\n      sub\n      status\n      reason\n    }\n  }\n":On,"\n  query Contributions {\n    contributions(first: 500) {\n      edges {\n        node {\n          id\n          nation {\n            code\n            name\n          }\n          kind\n          amount\n          currency\n          eurAmount\n          receivedEur\n          earmark\n          status\n          pledgedAt\n          receivedAt\n          rate\n        }\n      }\n    }\n  }\n":wn,"\n  mutation PledgeContribution($input: PledgeInput!) {\n    pledgeContribution(input: $input) {\n      id\n      status\n    }\n  }\n":Pn,"\n  mutation CancelContribution($id: ID!) {\n    cancelContribution(id: $id) {\n      id\n      status\n    }\n  }\n":qn,"\n  mutation RecordReceipt($id: ID!, $receivedEur: Money!, $rate: String!) {\n    recordReceipt(id: $id, receivedEur: $receivedEur, rate: $rate) {\n      id\n      status\n      receivedEur\n      receivedAt\n      rate\n    }\n  }\n":jn,"\n  mutation CommitContribution($id: ID!, $reference: String!, $signedOn: Time!) {\n    commitContribution(id: $id, reference: $reference, signedOn: $signedOn) {\n      id\n      status\n    }\n  }\n":Ln,"\n  query Requests {\n    requests(first: 500) {\n      edges {\n        node {\n          id\n          title\n          description\n          area\n          phase\n          priority\n          estimatedCost\n          status\n          rejectReason\n          createdAt\n        }\n      }\n    }\n  }\n":Bn,"\n  mutation CreateRequest($input: CreateRequestInput!) {\n    createRequest(input: $input) {\n      id\n      status\n    }\n  }\n":Mn,"\n  mutation UpdateRequest($id: ID!, $input: UpdateRequestInput!) {\n    updateRequest(id: $id, input: $input) {\n      id\n      title\n      description\n      area\n      estimatedCost\n    }\n  }\n":Un,"\n  mutation SubmitRequest($id: ID!) {\n    submitRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n":Wn,"\n  mutation ReprioritizeRequest($id: ID!, $priority: Int!) {\n    reprioritizeRequest(id: $id, priority: $priority) {\n      id\n      priority\n    }\n  }\n":Hn,"\n  mutation WithdrawRequest($id: ID!) {\n    withdrawRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n":Yn,"\n  mutation ApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n":Kn,"\n  mutation RejectRequest($id: ID!, $reason: String!) {\n    rejectRequest(id: $id, reason: $reason) {\n      id\n      status\n      priority\n      rejectReason\n    }\n  }\n":zn,"\n  mutation FulfillRequest($id: ID!) {\n    fulfillRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n":Jn,"\n  query Suppliers {\n    suppliers(first: 1000) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          country\n          identifierKind\n          identifier\n          registeredBy\n          registeredAt\n        }\n      }\n    }\n  }\n":Gn,"\n  mutation RegisterSupplier($input: RegisterSupplierInput!) {\n    registerSupplier(input: $input) {\n      id\n      name\n      country\n      identifierKind\n      identifier\n      registeredBy\n      registeredAt\n    }\n  }\n":Qn,"\n  query Me {\n    me {\n      sub\n      role\n      nation\n      permissions {\n        resource\n        action\n        scope\n      }\n    }\n  }\n":Xn,"\n  subscription LiveEvents($after: ID) {\n    auditEvents(after: $after) {\n      id\n      action\n      target\n    }\n  }\n":Zn};function ke(e){return ei[e]??{}}const F="itc.session",_=new Set;let T=null,S=ni(),K;function ni(){try{const e=JSON.parse(sessionStorage.getItem(F)??"null");return e&&e.expiresAt<=Date.now()?(sessionStorage.removeItem(F),T={reason:"expired",issuer:e.issuer},null):e}catch{return null}}function w(){if(window.clearTimeout(K),S){const e=S.expiresAt-Date.now();K=window.setTimeout(()=>A("expired"),Math.min(e,2**31-1))}_.forEach(e=>e())}function ji(e){S=e,T=null,sessionStorage.setItem(F,JSON.stringify(e)),w()}function A(e,n){S&&(T={reason:e,message:n,issuer:S.issuer},S=null,sessionStorage.removeItem(F),w())}function Li(){return T}function ii(){return l.useSyncExternalStore(e=>(_.add(e),()=>_.delete(e)),()=>S)}function ve(e){try{const n=decodeURIComponent([...atob(e.split(".")[1].replace(/-/g,"+").replace(/_/g,"/"))].map(a=>"%"+a.charCodeAt(0).toString(16).padStart(2,"0")).join("")),i=JSON.parse(n);return i&&typeof i=="object"?i:{}}catch{return{}}}function Bi(e){const n=ve(e).exp;return typeof n=="number"?n*1e3:null}function Mi(e){const n=ve(e);for(const i of["name","preferred_username","sub"])if(typeof n[i]=="string"&&n[i])return n[i];return""}w();const ai={"sha256:7d39c5cf57560b932ef6399baf81cb107ed51b7dd46d0cf03ec9de63a7d95370":`mutation AcceptDelivery($id: ID!, $expectedVersion: Int) {
  acceptDelivery(id: $id, expectedVersion: $expectedVersion) {
    id
    status
    decidedBy
    decidedAt
    version
    __typename
  }
}`,"sha256:f3c96c52f65fc54b7204e87ea9ce408c5b1c546d426cf883c3448df8ccd9c19d":`mutation AdmitNation($input: AdmitNationInput!) {
  admitNation(input: $input) {
    code
    name
    role
    status
    joinedAt
    __typename
  }
}`,"sha256:381972565ca9d5f300386adcd53980567b7cb87eba46de4a01368ab7b738107e":`mutation AmendOrder($id: ID!, $amount: Money!, $reason: String!, $justification: String, $expectedVersion: Int) {
  amendOrder(
    id: $id
    amount: $amount
    reason: $reason
    justification: $justification
    expectedVersion: $expectedVersion
  ) {
    id
    status
    version
    __typename
  }
}`,"sha256:f080b9dbfa0024f792aa75e230376007ae12616a8a4478fa73a3dbc223a492f5":`mutation ApproveAmendment($id: ID!, $expectedVersion: Int) {
  approveAmendment(id: $id, expectedVersion: $expectedVersion) {
    id
    status
    version
    __typename
  }
}`,"sha256:d3d347bc5cb151879dead30f017a7448c7ccedef7e6e4326bd513f95e403bb6c":`mutation ApproveOrder($id: ID!, $expectedVersion: Int) {
  approveOrder(id: $id, expectedVersion: $expectedVersion) {
    version
    id
    status
    approvedBy
    placedAt
    __typename
  }
}`,"sha256:21254f1c7b0c7d443f0c3ef35051713defadf634ec61aa263d6c5aa1f2368c67":`mutation ApproveRequest($id: ID!) {
  approveRequest(id: $id) {
    id
    status
    __typename
  }
}`,"sha256:7b1bb93ca01e07a47e623d0c680d91dad9b103d43d6c8c12aa1378d04fab5681":`mutation CancelContribution($id: ID!) {
  cancelContribution(id: $id) {
    id
    status
    __typename
  }
}`,"sha256:715f944b2142e6c91d725be414cccbe1ea9970a810b36a64c4b25edf19458ed6":`mutation CancelOrder($id: ID!, $expectedVersion: Int) {
  cancelOrder(id: $id, expectedVersion: $expectedVersion) {
    version
    id
    status
    __typename
  }
}`,"sha256:ea127b785dedefab6ff3077360d5c44d634b9d035fe4cabb3bcfba62a5f22418":`mutation CommitContribution($id: ID!, $reference: String!, $signedOn: Time!) {
  commitContribution(id: $id, reference: $reference, signedOn: $signedOn) {
    id
    status
    __typename
  }
}`,"sha256:c4dd494e9978a3978fa199523f81d22505f0f41445f7fe7f44807fa1629f3256":`mutation ConfirmDelivery($id: ID!, $expectedVersion: Int) {
  confirmDelivery(id: $id, expectedVersion: $expectedVersion) {
    version
    id
    status
    deliveredAt
    __typename
  }
}`,"sha256:c39f361c82fb3ba03e1a57db62093a67922b143947a2c97e5c33a54305527226":`mutation CreateRequest($input: CreateRequestInput!) {
  createRequest(input: $input) {
    id
    status
    __typename
  }
}`,"sha256:40c59cf9eb6e0ca8ab0a4fe69cdae360b776dc8a6419b56caad9fdc6d6109fa4":`mutation DraftOrder($input: DraftOrderInput!) {
  draftOrder(input: $input) {
    id
    status
    __typename
  }
}`,"sha256:a75db0d35105652deb02834c5dad0b4a05750376257ed196c0f5c2f93a9df6ad":`mutation FulfillRequest($id: ID!) {
  fulfillRequest(id: $id) {
    id
    status
    priority
    __typename
  }
}`,"sha256:b8a3e6a46b6587a1dba73ef3b7c6160bc7382842d03e37e2b336bbf5077cc05e":`mutation PledgeContribution($input: PledgeInput!) {
  pledgeContribution(input: $input) {
    id
    status
    __typename
  }
}`,"sha256:b1a2dca1b9258f49e857f472404de5da428cf4af044c93d1e15634eb49696873":`mutation RecordDelivery($order: ID!, $value: Money!, $date: String!, $reference: String!, $expectedVersion: Int) {
  recordDelivery(
    order: $order
    value: $value
    date: $date
    reference: $reference
    expectedVersion: $expectedVersion
  ) {
    id
    status
    __typename
  }
}`,"sha256:fe471bc09d0dbba690e3c012938d864cc48a128029f3c835e517881e2bb24a74":`mutation RecordReceipt($id: ID!, $receivedEur: Money!, $rate: String!) {
  recordReceipt(id: $id, receivedEur: $receivedEur, rate: $rate) {
    id
    status
    receivedEur
    receivedAt
    rate
    __typename
  }
}`,"sha256:55d3edf1b1e07bbe83a463728afe432d80e9e52f961fa11753536351becea3b8":`mutation RegisterSupplier($input: RegisterSupplierInput!) {
  registerSupplier(input: $input) {
    id
    name
    country
    identifierKind
    identifier
    registeredBy
    registeredAt
    __typename
  }
}`,"sha256:4e384e4ef7e28d3a3cfa4f54b36f36381eb204989e612e8fd34565368d463085":`mutation ReinstateNation($code: String!) {
  reinstateNation(code: $code) {
    code
    status
    suspendedReason
    __typename
  }
}`,"sha256:7a53e08f33861710ee157915e040c32415f20e3bf4eb9edebfc71659fc185a01":`mutation ReinstatePerson($issuer: String!, $sub: String!, $reason: String!) {
  reinstatePerson(issuer: $issuer, sub: $sub, reason: $reason) {
    issuer
    sub
    status
    reason
    __typename
  }
}`,"sha256:7f428e6372b75dba6a0c6758e02598d17b8cd69ed1e8f52c99c08c6c77939892":`mutation RejectDelivery($id: ID!, $reason: String!, $expectedVersion: Int) {
  rejectDelivery(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
    id
    status
    decidedBy
    decidedAt
    rejectReason
    version
    __typename
  }
}`,"sha256:95a6742cca6f7a0f63f999d22e82405bce75fed5e4154ea856c799f8723c6fbb":`mutation RejectRequest($id: ID!, $reason: String!) {
  rejectRequest(id: $id, reason: $reason) {
    id
    status
    priority
    rejectReason
    __typename
  }
}`,"sha256:3592dd42f245b1a1e4d90f65d7f2a981f3b04b6c54c3c140a9627e5978f63920":`mutation ReprioritizeRequest($id: ID!, $priority: Int!) {
  reprioritizeRequest(id: $id, priority: $priority) {
    id
    priority
    __typename
  }
}`,"sha256:a42b9dcd1272ad43d93de04920065ae800bcdf6dbac6cfea20e3f4676ad570c4":`mutation SetNationRole($code: String!, $role: NationRole!) {
  setNationRole(code: $code, role: $role) {
    code
    role
    __typename
  }
}`,"sha256:e0ad88d9ea42061d3cc9b6c87f511af595c191bf60bcf14328b5bcbda392ae88":`mutation SubmitRequest($id: ID!) {
  submitRequest(id: $id) {
    id
    status
    priority
    __typename
  }
}`,"sha256:e83a18c640410381a1d27b5626fe2328dde9e3d6613c5e243bd62fbd5536a175":`mutation SuspendNation($code: String!, $reason: String!) {
  suspendNation(code: $code, reason: $reason) {
    code
    status
    suspendedReason
    __typename
  }
}`,"sha256:737aa07eeaf5d575aa153630fbd851cd573e8420c57ce2c5b954d113ad6dbada":`mutation SuspendPerson($issuer: String!, $sub: String!, $reason: String!) {
  suspendPerson(issuer: $issuer, sub: $sub, reason: $reason) {
    issuer
    sub
    status
    reason
    __typename
  }
}`,"sha256:90f6eb78a6b87c622c637e4c5b4a5b5306738dc6fffc2eef950e053facaa99f3":`mutation UpdateRequest($id: ID!, $input: UpdateRequestInput!) {
  updateRequest(id: $id, input: $input) {
    id
    title
    description
    area
    estimatedCost
    __typename
  }
}`,"sha256:c60b0123b3c8b3bb4029308651f5a2cf5eba1fa23e5007b1efe6825081532c3c":`mutation WithdrawAmendment($id: ID!, $expectedVersion: Int) {
  withdrawAmendment(id: $id, expectedVersion: $expectedVersion) {
    id
    status
    version
    __typename
  }
}`,"sha256:e7b57da64fa3baf695783389cc0e2442ef286dfbef61674169ee79797870e1f2":`mutation WithdrawRequest($id: ID!) {
  withdrawRequest(id: $id) {
    id
    status
    priority
    __typename
  }
}`,"sha256:e4c5c31dc818f88c48817fa8b442871487a12b3b3b4f28130016ccbf95370d40":`query Audit($first: Int!, $after: String, $action: String, $target: String, $from: Time, $to: Time, $actorSub: String, $actorNation: String, $outcome: AuditOutcome, $targetType: String) {
  auditLog(
    first: $first
    after: $after
    action: $action
    target: $target
    from: $from
    to: $to
    actorSub: $actorSub
    actorNation: $actorNation
    outcome: $outcome
    targetType: $targetType
  ) {
    pageInfo {
      hasNextPage
      endCursor
      __typename
    }
    edges {
      node {
        id
        at
        actor {
          sub
          role
          nation
          __typename
        }
        action
        target
        targetType
        outcome
        detail
        reason
        changes {
          field
          before
          after
          __typename
        }
        __typename
      }
      __typename
    }
    __typename
  }
}`,"sha256:d85f53b79f51cdb47fa0de104ac838a766404dcc8eea1f219618eb27409d3966":`query Contributions {
  contributions(first: 500) {
    edges {
      node {
        id
        nation {
          code
          name
          __typename
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
        __typename
      }
      __typename
    }
    __typename
  }
}`,"sha256:2c5a45907f4526c12c32522c5657a8dd93306da20214132767bc8d2ccb372d8c":`query DraftSuppliers {
  suppliers(first: 200) {
    edges {
      node {
        id
        name
        country
        __typename
      }
      __typename
    }
    __typename
  }
}`,"sha256:bd4b98c36530143ef6d6000815d1c124b1aeef3d004dc3c54ba5642daa87a493":`query Fund($at1: Time!, $at2: Time!, $at3: Time!, $at4: Time!, $at5: Time!, $at6: Time!, $at7: Time!, $at8: Time!, $at9: Time!, $at10: Time!, $at11: Time!, $at12: Time!) {
  fund {
    pledged
    received
    committed
    available
    inKind
    contributors
    byArea {
      area
      contributors
      pledged
      received
      committed
      available
      suppressedReason
      __typename
    }
    __typename
  }
  h1: fund(asOf: $at1) {
    received
    committed
    pledged
    __typename
  }
  h2: fund(asOf: $at2) {
    received
    committed
    pledged
    __typename
  }
  h3: fund(asOf: $at3) {
    received
    committed
    pledged
    __typename
  }
  h4: fund(asOf: $at4) {
    received
    committed
    pledged
    __typename
  }
  h5: fund(asOf: $at5) {
    received
    committed
    pledged
    __typename
  }
  h6: fund(asOf: $at6) {
    received
    committed
    pledged
    __typename
  }
  h7: fund(asOf: $at7) {
    received
    committed
    pledged
    __typename
  }
  h8: fund(asOf: $at8) {
    received
    committed
    pledged
    __typename
  }
  h9: fund(asOf: $at9) {
    received
    committed
    pledged
    __typename
  }
  h10: fund(asOf: $at10) {
    received
    committed
    pledged
    __typename
  }
  h11: fund(asOf: $at11) {
    received
    committed
    pledged
    __typename
  }
  h12: fund(asOf: $at12) {
    received
    committed
    pledged
    __typename
  }
}`,"sha256:3ca21f5f529be7f201d270bacf9150ccda8c68e4ee375a6faadd46a4f40a114e":`query Me {
  me {
    sub
    role
    nation
    permissions {
      resource
      action
      scope
      __typename
    }
    __typename
  }
}`,"sha256:300c2ccf55c8902c5a498d7a95b1630cb4b5f621e48a9611d42e81c8555c23a9":`query Nations {
  nations(first: 300) {
    edges {
      node {
        code
        name
        role
        status
        joinedAt
        suspendedReason
        __typename
      }
      __typename
    }
    __typename
  }
}`,"sha256:af524c28c328dabd29f4d7cc592040ae15a644039a82d4b1eadcd21ca731568a":`query Orders($canDraft: Boolean!, $seeValue: Boolean!) {
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
          __typename
        }
        request {
          id
          title
          area
          __typename
        }
        approvals {
          by
          nation
          at
          __typename
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
          __typename
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
            __typename
          }
          appliedAt
          version
          __typename
        }
        __typename
      }
      __typename
    }
    __typename
  }
  approved: requests(first: 200, status: APPROVED) @include(if: $canDraft) {
    edges {
      node {
        id
        title
        __typename
      }
      __typename
    }
    __typename
  }
}`,"sha256:df4b62793d0d65d15327306bd94327e72524db8beacb3d3d0c9e45bf1c2a585c":`query People {
  people(first: 1000) {
    totalCount
    edges {
      node {
        issuer
        sub
        nation
        role
        status
        reason
        firstSeen
        lastSeen
        __typename
      }
      __typename
    }
    __typename
  }
}`,"sha256:ec99278155e53b0516a8db1c73bbed053b0aaab27f2baa334deb3100f63fcb3f":`query Requests {
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
        __typename
      }
      __typename
    }
    __typename
  }
}`,"sha256:016f196e1398931761e95620c8db68847de3c5b295339e64f755da77cd6d2c7e":`query Suppliers {
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
        __typename
      }
      __typename
    }
    __typename
  }
}`,"sha256:ad957931506120b474af8b1bddf2d7284399ed172dabc04a7830a751d2c85d89":`subscription LiveEvents($after: ID) {
  auditEvents(after: $after) {
    id
    action
    target
    __typename
  }
}`};function ti(e,n){return i=>({subscribe(a){const t=new AbortController;let r;const s=(o,m)=>a.next({errors:[{message:o,extensions:{code:m}}]}),u=async()=>{const o=await e("/query",{method:"POST",signal:t.signal,headers:{...n,"Content-Type":"application/json",Accept:"text/event-stream"},body:JSON.stringify({query:i.query,variables:r?{...i.variables,after:r}:i.variables})});if(!o.ok||!o.body||!o.headers.get("Content-Type")?.startsWith("text/event-stream")){const N=(await o.json().catch(()=>null))?.errors?.[0];return s(N?.message??o.statusText,N?.extensions?.code??(o.status===401?"UNAUTHENTICATED":"INTERNAL_SERVER_ERROR")),o.status<500}const m=o.body.pipeThrough(new TextDecoderStream).getReader();let c="";for(;;){const{value:k,done:N}=await m.read();if(N)return!1;c+=k;let f;for(;(f=c.indexOf(`

`))>=0;){const b=c.slice(0,f);c=c.slice(f+2);let v="",E="";for(const g of b.split(`
`))g.startsWith("event:")?v=g.slice(6).trim():g.startsWith("data:")&&(E+=g.slice(5).trim());if(v==="next"&&E){const g=JSON.parse(E),q=Object.values(g.data??{}).map(ge=>ge?.id)[0];typeof q=="string"&&(r=q),a.next(g)}if(v==="complete")return!0}}};return(async()=>{for(let o=0;!t.signal.aborted;o++){try{if(await u())break}catch{if(t.signal.aborted)return}await new Promise(m=>setTimeout(m,Math.min(3e4,1e3*2**o)))}t.signal.aborted||a.complete()})(),{unsubscribe:()=>t.abort()}}})}const z={admitNation:["nations"],setNationRole:["nations"],suspendNation:["nations"],reinstateNation:["nations"],pledgeContribution:["contributions","fund"],recordReceipt:["contributions","fund"],cancelContribution:["contributions","fund"],createRequest:["requests"],updateRequest:["requests"],submitRequest:["requests"],reprioritizeRequest:["requests"],withdrawRequest:["requests"],approveRequest:["requests"],rejectRequest:["requests"],fulfillRequest:["requests"],draftOrder:["orders","requests"],approveOrder:["orders","requests","fund"],cancelOrder:["orders","requests","fund"],confirmDelivery:["orders","requests","fund"],commitContribution:["contributions","fund"],suspendPerson:["people"],reinstatePerson:["people"],registerSupplier:["suppliers"],recordDelivery:["orders","requests"],acceptDelivery:["orders","requests","fund","fundHistory"],rejectDelivery:["orders","requests"],amendOrder:["orders","fund","fundHistory","contributions"],approveAmendment:["orders","fund","fundHistory","contributions"],withdrawAmendment:["orders"]};function J(e,n){for(const i of e.inspectFields("Query"))(n.includes(i.fieldName)||i.fieldName==="auditLog")&&e.invalidate("Query",i.fieldName,i.arguments??void 0)}const di={Mutation:Object.fromEntries(Object.entries(z).map(([e,n])=>[e,(i,a,t)=>J(t,n)])),Subscription:{auditEvents:(e,n,i)=>J(i,z[e.auditEvents?.action??""]??[])}},ri=()=>null,oi=Object.fromEntries(["Viewer","Permission","Fund","AreaFund","Actor","PageInfo","NationConnection","NationEdge","ContributionConnection","ContributionEdge","RequestConnection","RequestEdge","OrderConnection","OrderEdge","AuditEventConnection","AuditEventEdge","PersonConnection","PersonEdge","SupplierConnection","SupplierEdge","ProcurementAgent","Approval"].map(e=>[e,ri])),li=new Map(Object.entries(ai).map(([e,n])=>[n,e])),si=(e,n)=>{if(typeof n?.body=="string"){const i=JSON.parse(n.body),a=li.get(i.query);a&&(delete i.query,i.documentId=a,n={...n,body:JSON.stringify(i)})}return fetch(e,n)};function ui(e,n={}){const i=(n.trusted===!1?n.fetch:si)??fetch;return new he({url:"/query",preferGetMethod:!1,fetch:i,fetchOptions:()=>({headers:{Authorization:`Bearer ${e}`,Accept:"application/graphql-response+json, application/json"}}),exchanges:[Re({onError(a){const t=a.response?.status;t===401||mi(a,"UNAUTHENTICATED")?A("expired"):t===403&&A("refused",a.graphQLErrors[0]?.message)}}),Fe({keys:{...oi,Nation:a=>a.code,Person:a=>`${a.issuer} ${a.sub}`},updates:di}),De,Ae({forwardSubscription:ti(i,{Authorization:`Bearer ${e}`})})]})}function $(e){return e?e.networkError&&e.graphQLErrors.length===0?[{code:"NETWORK",message:e.networkError.message}]:e.graphQLErrors.map(n=>({code:String(n.extensions?.code??"INTERNAL_SERVER_ERROR"),message:n.message,path:n.path,field:typeof n.extensions?.field=="string"?n.extensions.field:void 0})):[]}function Ui(e){const n={};for(const i of $(e))i.code==="BAD_USER_INPUT"&&i.field&&!n[i.field]&&(n[i.field]=i.message);return n}function mi(e,n){return e.graphQLErrors.some(i=>i.extensions?.code===n)}function Wi(e,n){return $(e).some(i=>i.code==="FORBIDDEN"&&i.path?.length===n.length&&i.path.every((a,t)=>a===n[t]))}const pe={appName:"IT Coalition for Ukraine",skipToContent:"Skip to content",language:"Language",signOut:"Sign out",signedInAs:"Signed in as {name}",mainNav:"Main",loading:"Loading…",loadMore:"Load more",cancel:"Cancel",confirm:"Confirm",save:"Save",notVisible:"not visible to your role",none:"none",error:"Something went wrong: {message}",retry:"Try again",navDashboard:"Fund",navRequests:"Requests",navOrders:"Orders",navNations:"Nations",navPledges:"Pledges",navAudit:"Audit log",signInTitle:"Sign in",signInDemoIntro:"This server runs with its own development key, so you can sign in as one of the demo coalition's people.",signInAs:"Sign in as {name}",signInToken:"Access token",signInTokenHint:"Paste a token issued by your identity provider.",signInSubmit:"Sign in",sessionExpired:"Your session has expired. Please sign in again.",sessionRefused:"The server refused this sign-in: {message}",groupChairs:"Chairs",groupMinistry:"Ukraine's Ministry of Defence",groupMembers:"Member nations",groupObservers:"Observers",fundTitle:"The fund",fundReceived:"Received",fundCommitted:"Committed",fundAvailable:"Available",fundPledged:"Pledged",fundInKind:"In kind (counted, never spendable)",fundContributors:"Contributing nations",fundByArea:"By capability area",fundUnearmarked:"Unearmarked",fundArea:"Area",fundSuppressed:"Suppressed",fundSuppressedWhy:"too few nations gave to this area for its figures to be shown without revealing what one nation gave",fundChartLabel:"Received and committed per area",fundChartLegendReceived:"received",fundChartLegendCommitted:"committed",requestsTitle:"Priority requests",phase:"Phase {n}",priority:"Priority",closedRequests:"Closed",drafts:"Drafts",noRequests:"No requests.",estimatedCost:"Estimated cost",title:"Title",description:"Description",area:"Area",phaseLabel:"Phase",status:"Status",newRequest:"New request",createRequest:"Create draft",edit:"Edit",submit:"Submit",withdraw:"Withdraw",approve:"Approve",reject:"Reject",rejectReason:"Reason for rejection",fulfill:"Mark fulfilled",moveUp:"Move {title} up",moveDown:"Move {title} down",moved:"{title} is now priority {n} of phase {phase}.",dragHint:"Drag to reorder, or use the move buttons.",confirmWithdraw:"Withdraw “{title}”?",ordersTitle:"Orders",supplier:"Supplier",contractReference:"Contract reference (bought through NSPA)",amount:"Amount",request:"Request",draftedBy:"Drafted by",approvedBy:"Approved by",deliveredAt:"Delivered",draftOrder:"Draft an order",draft:"Draft order",awaitingSecond:"Awaiting a second chair",ownDraft:"You drafted this order; another chair must approve it.",confirmDelivery:"Confirm delivery",cancelOrder:"Cancel order",confirmCancelOrder:"Cancel this order and release what it committed?",noOrders:"No orders.",nationsTitle:"Nations",code:"Code",name:"Name",role:"Role",joined:"Joined",admitNation:"Admit a nation",admit:"Admit",changeRole:"Change role",suspend:"Suspend",reinstate:"Reinstate",suspendReason:"Reason for suspension",confirmRole:"Make {name} a {role}?",confirmSuspend:"Suspend {name}? Its people lose access on their next request.",confirmReinstate:"Reinstate {name}?",lastChair:"At least one nation must always be an active chair, so the last active chair cannot be suspended or given another role.",pledgesTitle:"Pledges",ownPledges:"Your nation's pledges",allPledges:"All contributions",nation:"Nation",kind:"Kind",currency:"Currency",eurAmount:"EUR value",earmark:"Earmark",pledgedAt:"Pledged",receivedEur:"EUR received",rate:"Rate",pledge:"Pledge",pledgeForm:"Make a pledge",cancelPledge:"Cancel pledge",confirmCancelPledge:"Cancel this pledge?",recordReceipt:"Record receipt",noPledges:"No contributions.",auditTitle:"Audit log",auditAction:"Action",auditTarget:"Target",auditActor:"Who",auditAt:"When",auditOutcome:"Outcome",auditDetail:"Detail",filter:"Filter",clearFilter:"Clear",noEvents:"No events.",navPeople:"People",navSuppliers:"Suppliers",navExports:"Exports",you:"you",signInProviders:"Your organisation's sign-in",signInProvidersIntro:"You sign in at your identity provider and come back here; the app never sees your password.",signInWith:"Sign in with {host}",signInAgainWith:"Sign in again with {host}",signInStateMismatch:"This sign-in did not start on this page (its state does not match). Please start again.",signInProviderRefused:"The identity provider refused the sign-in: {message}",signInProviderDown:"The identity provider cannot be reached: {message}",fundHistory:"The fund over time",fundHistoryTable:"The figures month by month",fundHistoryWithheld:"some months are withheld: too few nations gave for them to be shown",fundHistoryRange:"{from} to {to}, at each month's end",fundAsOf:"As of",fundWithheld:"withheld",peopleTitle:"People",peopleIntro:"Everyone who used the coalition's API, by identity provider and subject.",peopleOwnIntro:"The people of {nation} who used the coalition's API.",noPeople:"No one yet.",issuer:"Identity provider",firstSeen:"First seen",lastSeen:"Last seen",reason:"Reason",suspendPerson:"Suspend {sub}",reinstatePerson:"Reinstate {sub}",confirmSuspendPerson:"Suspend {sub}? Their next request is refused, whatever their token says.",confirmReinstatePerson:"Reinstate {sub}?",suppliersTitle:"Supplier registry",noSuppliers:"No suppliers registered.",country:"Country",identifier:"Identifier",identifierKind:"Register",registered:"Registered",registerSupplier:"Register a supplier",register:"Register",exportsTitle:"Exports",exportsIntro:"Files of what your role may read, with the same rules as the screens.",exportContributions:"Contributions",exportRequests:"Priority requests",exportOrders:"Orders",exportAudit:"Audit log",exportIati:"IATI activity file",allStatuses:"All statuses",download:"Download",downloadFile:"Download {file}",exportDone:"{file} downloaded ({size} KB).",commitContribution:"Record agreement",confirmCommit:"Record the signed agreement for {nation}'s pledge of {amount}?",agreementReference:"Agreement reference",signedOn:"Signed on",contract:"Contract","status.COMMITTED":"Committed",auditTargetType:"Target type",auditActorSub:"Person (sub)",auditActorNation:"Nation of the person",auditFrom:"From",auditTo:"To (inclusive)",auditChanges:"What changed",any:"Any",before:"before",after:"after",navReceipts:"Receipts",receiptsTitle:"Receipts",receiptsIntro:"Money that reached the fund's account: a chair records it, a second chair confirms it, and only then does it count. Booked money is corrected by a reversal, confirmed by a second person too.",noReceipts:"No receipts.",valueDate:"Value date",bankReference:"Bank reference",recordedBy:"Recorded by",confirmedBy:"Confirmed by",decidedBy:"Decided by",reversal:"Reversal",receiptAwaitingSecond:"Awaiting a second chair",reversalAwaitingSecond:"Reversal awaiting a second chair",ownReceipt:"You recorded this receipt; another chair must confirm it.",ownReversal:"You asked for this reversal; another chair must confirm it.",confirmReceipt:"Confirm receipt",confirmReversal:"Confirm reversal",declineReversal:"Decline reversal",reverseReceipt:"Reverse",confirmReversePending:"Reverse this receipt? It has not counted yet, so it is reversed at once.",confirmReverseConfirmed:"Ask for this receipt to be reversed? It keeps counting until a second chair confirms the reversal.",outstanding:"Still expected",rateHint:"EUR per unit of the currency; 1 for EUR",rateSource:"Rate source",eurCredited:"EUR credited",whatItBought:"What this money bought",boughtNothingYet:"Nothing yet: no approved order has drawn on this money.",deliveries:"Deliveries",recordDelivery:"Record a delivery",deliveryValue:"Value (EUR)",deliveryDate:"Arrived on",deliveryReference:"Delivery note",deliveryAwaitingSecond:"Awaiting acceptance by another officer",ownDelivery:"You recorded this delivery; another officer must accept or reject it.",acceptDelivery:"Accept delivery",rejectDelivery:"Reject delivery",confirmRejectDelivery:"Reject this delivery? Its value may be delivered again.",amendments:"Amendments",amendOrder:"Change the amount",amend:"Propose change",newAmount:"New amount (EUR)",justification:"Justification",justificationHint:"Needed when the request's orders would go above its estimate",amendmentAwaitingSecond:"Increase awaiting a second chair",ownAmendment:"You proposed this change; another chair must approve it.",approveAmendment:"Approve change",youApproved:"you approved it; it needs another approval",withdrawAmendment:"Withdraw change",funding:"Paid from","status.PARTLY_DELIVERED":"Partly delivered","status.RECEIPT_PENDING":"Awaiting confirmation","status.RECEIPT_CONFIRMED":"Confirmed","status.RECEIPT_REVERSED":"Reversed","status.DELIVERY_RECORDED":"Recorded","status.DELIVERY_ACCEPTED":"Accepted","status.DELIVERY_REJECTED":"Rejected","status.AMENDMENT_PENDING_APPROVAL":"Awaiting approval","status.AMENDMENT_APPLIED":"Applied","status.AMENDMENT_WITHDRAWN":"Withdrawn","area.COMMUNICATIONS":"Communications","area.DATA_CENTRES":"Data centres","area.IT_ARCHITECTURE":"IT architecture","area.CYBERSECURITY":"Cybersecurity","status.DRAFT":"Draft","status.SUBMITTED":"Submitted","status.APPROVED":"Approved","status.REJECTED":"Rejected","status.IN_PROCUREMENT":"In procurement","status.FULFILLED":"Fulfilled","status.WITHDRAWN":"Withdrawn","status.PENDING_APPROVAL":"Pending approval","status.PLACED":"Placed","status.DELIVERED":"Delivered","status.CANCELLED":"Cancelled","status.PLEDGED":"Pledged","status.RECEIVED":"Received","status.ACTIVE":"Active","status.SUSPENDED":"Suspended","role.CHAIR":"chair","role.MEMBER":"member","role.OBSERVER":"observer","role.BENEFICIARY":"beneficiary","role.chair":"chair","role.member":"member","role.mod":"Ministry of Defence","role.observer":"observer","kind.FINANCIAL":"Financial","kind.IN_KIND":"In kind","outcome.OK":"OK","outcome.DENIED":"Denied","outcome.FAILED":"Failed"},ci={appName:"ІТ-коаліція для України",skipToContent:"Перейти до змісту",language:"Мова",signOut:"Вийти",signedInAs:"Ви увійшли як {name}",mainNav:"Головне меню",loading:"Завантаження…",loadMore:"Показати ще",cancel:"Скасувати",confirm:"Підтвердити",save:"Зберегти",notVisible:"недоступно для вашої ролі",none:"немає",error:"Сталася помилка: {message}",retry:"Спробувати ще раз",navDashboard:"Фонд",navRequests:"Запити",navOrders:"Замовлення",navNations:"Держави",navPledges:"Внески",navAudit:"Журнал аудиту",signInTitle:"Вхід",signInDemoIntro:"Сервер працює з власним ключем розробки, тож можна увійти як одна з осіб демонстраційної коаліції.",signInAs:"Увійти як {name}",signInToken:"Токен доступу",signInTokenHint:"Вставте токен, виданий вашим постачальником ідентичності.",signInSubmit:"Увійти",sessionExpired:"Ваш сеанс завершився. Увійдіть знову.",sessionRefused:"Сервер відхилив вхід: {message}",groupChairs:"Голови",groupMinistry:"Міністерство оборони України",groupMembers:"Держави-члени",groupObservers:"Спостерігачі",fundTitle:"Фонд",fundReceived:"Отримано",fundCommitted:"Зобов’язано",fundAvailable:"Доступно",fundPledged:"Обіцяно",fundInKind:"У натуральній формі (враховано, не витрачається)",fundContributors:"Держави-донори",fundByArea:"За напрямами",fundUnearmarked:"Без цільового призначення",fundArea:"Напрям",fundSuppressed:"Приховано",fundSuppressedWhy:"у цей напрям зробило внески замало держав, щоб показати суми, не розкривши внеску окремої держави",fundChartLabel:"Отримано та зобов’язано за напрямами",fundChartLegendReceived:"отримано",fundChartLegendCommitted:"зобов’язано",requestsTitle:"Пріоритетні запити",phase:"Етап {n}",priority:"Пріоритет",closedRequests:"Закриті",drafts:"Чернетки",noRequests:"Запитів немає.",estimatedCost:"Орієнтовна вартість",title:"Назва",description:"Опис",area:"Напрям",phaseLabel:"Етап",status:"Стан",newRequest:"Новий запит",createRequest:"Створити чернетку",edit:"Редагувати",submit:"Подати",withdraw:"Відкликати",approve:"Схвалити",reject:"Відхилити",rejectReason:"Причина відхилення",fulfill:"Позначити виконаним",moveUp:"Підняти «{title}»",moveDown:"Опустити «{title}»",moved:"«{title}» тепер має пріоритет {n} на етапі {phase}.",dragHint:"Перетягніть, щоб змінити порядок, або скористайтеся кнопками.",confirmWithdraw:"Відкликати «{title}»?",ordersTitle:"Замовлення",supplier:"Постачальник",contractReference:"Номер контракту (закупівля через NSPA)",amount:"Сума",request:"Запит",draftedBy:"Склав",approvedBy:"Схвалив",deliveredAt:"Доставлено",draftOrder:"Скласти замовлення",draft:"Скласти",awaitingSecond:"Очікує другого голову",ownDraft:"Ви склали це замовлення; схвалити його має інший голова.",confirmDelivery:"Підтвердити доставку",cancelOrder:"Скасувати замовлення",confirmCancelOrder:"Скасувати це замовлення і звільнити зобов’язані кошти?",noOrders:"Замовлень немає.",nationsTitle:"Держави",code:"Код",name:"Назва",role:"Роль",joined:"Приєдналася",admitNation:"Прийняти державу",admit:"Прийняти",changeRole:"Змінити роль",suspend:"Призупинити",reinstate:"Відновити",suspendReason:"Причина призупинення",confirmRole:"Зробити {name} — {role}?",confirmSuspend:"Призупинити {name}? Її представники втратять доступ із наступним запитом.",confirmReinstate:"Відновити {name}?",lastChair:"Принаймні одна держава завжди має бути активним головою, тож останнього активного голову не можна призупинити чи змінити йому роль.",pledgesTitle:"Внески",ownPledges:"Внески вашої держави",allPledges:"Усі внески",nation:"Держава",kind:"Вид",currency:"Валюта",eurAmount:"Вартість у EUR",earmark:"Призначення",pledgedAt:"Обіцяно",receivedEur:"Отримано EUR",rate:"Курс",pledge:"Пообіцяти",pledgeForm:"Зробити внесок",cancelPledge:"Скасувати внесок",confirmCancelPledge:"Скасувати цей внесок?",recordReceipt:"Зарахувати надходження",noPledges:"Внесків немає.",auditTitle:"Журнал аудиту",auditAction:"Дія",auditTarget:"Об’єкт",auditActor:"Хто",auditAt:"Коли",auditOutcome:"Результат",auditDetail:"Подробиці",filter:"Фільтрувати",clearFilter:"Очистити",noEvents:"Подій немає.",navPeople:"Люди",navSuppliers:"Постачальники",navExports:"Звіти",you:"ви",signInProviders:"Вхід через вашу організацію",signInProvidersIntro:"Ви входите у свого постачальника ідентичності й повертаєтеся сюди; застосунок ніколи не бачить вашого пароля.",signInWith:"Увійти через {host}",signInAgainWith:"Увійти знову через {host}",signInStateMismatch:"Цей вхід розпочато не на цій сторінці (стан не збігається). Почніть знову.",signInProviderRefused:"Постачальник ідентичності відхилив вхід: {message}",signInProviderDown:"Постачальник ідентичності недоступний: {message}",fundHistory:"Надходження та зобов’язання в часі",fundHistoryTable:"Суми за місяцями",fundHistoryWithheld:"деякі місяці приховано: замало держав зробили внески, щоб їх показати",fundHistoryRange:"з {from} до {to}, на кінець кожного місяця",fundAsOf:"Станом на",fundWithheld:"приховано",peopleTitle:"Люди",peopleIntro:"Усі, хто користувався API коаліції, за постачальником ідентичності та суб’єктом.",peopleOwnIntro:"Люди держави {nation}, які користувалися API коаліції.",noPeople:"Поки нікого.",issuer:"Постачальник ідентичності",firstSeen:"Уперше",lastSeen:"Востаннє",reason:"Причина",suspendPerson:"Призупинити {sub}",reinstatePerson:"Поновити {sub}",confirmSuspendPerson:"Призупинити {sub}? Наступний запит цієї особи буде відхилено, хоч би що казав її токен.",confirmReinstatePerson:"Поновити {sub}?",suppliersTitle:"Реєстр постачальників",noSuppliers:"Постачальників не зареєстровано.",country:"Країна",identifier:"Ідентифікатор",identifierKind:"Реєстр",registered:"Зареєстровано",registerSupplier:"Зареєструвати постачальника",register:"Зареєструвати",exportsTitle:"Звіти",exportsIntro:"Файли з тим, що може читати ваша роль, за тими самими правилами, що й екрани.",exportContributions:"Внески",exportRequests:"Пріоритетні запити",exportOrders:"Замовлення",exportAudit:"Журнал аудиту",exportIati:"Файл діяльності IATI",allStatuses:"Усі статуси",download:"Завантажити",downloadFile:"Завантажити {file}",exportDone:"{file} завантажено ({size} КБ).",commitContribution:"Зареєструвати угоду",confirmCommit:"Зареєструвати підписану угоду щодо внеску {nation} на {amount}?",agreementReference:"Номер угоди",signedOn:"Дата підписання",contract:"Контракт","status.COMMITTED":"Зобов’язано",auditTargetType:"Тип об’єкта",auditActorSub:"Особа (sub)",auditActorNation:"Держава особи",auditFrom:"Від",auditTo:"До (включно)",auditChanges:"Що змінилося",any:"Будь-який",before:"до",after:"після",navReceipts:"Надходження",receiptsTitle:"Надходження",receiptsIntro:"Кошти, що надійшли на рахунок фонду: голова їх реєструє, другий голова підтверджує, і лише тоді вони враховуються. Зараховані кошти виправляють сторнуванням, яке теж підтверджує друга особа.",noReceipts:"Надходжень немає.",valueDate:"Дата валютування",bankReference:"Банківський номер",recordedBy:"Зареєстрував(ла)",confirmedBy:"Підтвердив(ла)",decidedBy:"Вирішив(ла)",reversal:"Сторнування",receiptAwaitingSecond:"Очікує другого голову",reversalAwaitingSecond:"Сторнування очікує другого голову",ownReceipt:"Ви зареєстрували це надходження; його має підтвердити інший голова.",ownReversal:"Ви попросили це сторнування; його має підтвердити інший голова.",confirmReceipt:"Підтвердити надходження",confirmReversal:"Підтвердити сторнування",declineReversal:"Відхилити сторнування",reverseReceipt:"Сторнувати",confirmReversePending:"Сторнувати це надходження? Воно ще не враховане, тож сторнується одразу.",confirmReverseConfirmed:"Попросити сторнувати це надходження? Воно враховується, доки другий голова не підтвердить сторнування.",outstanding:"Ще очікується",rateHint:"EUR за одиницю валюти; 1 для EUR",rateSource:"Джерело курсу",eurCredited:"Зараховано в EUR",whatItBought:"Що придбано за ці кошти",boughtNothingYet:"Поки нічого: жодне затверджене замовлення не використало цих коштів.",deliveries:"Поставки",recordDelivery:"Зареєструвати поставку",deliveryValue:"Вартість (EUR)",deliveryDate:"Дата прибуття",deliveryReference:"Накладна",deliveryAwaitingSecond:"Очікує прийняття іншим працівником",ownDelivery:"Ви зареєстрували цю поставку; прийняти чи відхилити її має інший працівник.",acceptDelivery:"Прийняти поставку",rejectDelivery:"Відхилити поставку",confirmRejectDelivery:"Відхилити цю поставку? Її вартість можна буде поставити знову.",amendments:"Зміни",amendOrder:"Змінити суму",amend:"Запропонувати зміну",newAmount:"Нова сума (EUR)",justification:"Обґрунтування",justificationHint:"Потрібне, коли замовлення за запитом перевищать його кошторис",amendmentAwaitingSecond:"Збільшення очікує другого голову",ownAmendment:"Ви запропонували цю зміну; її має затвердити інший голова.",approveAmendment:"Затвердити зміну",youApproved:"ви затвердили; потрібне ще одне затвердження",withdrawAmendment:"Відкликати зміну",funding:"Оплачено з","status.PARTLY_DELIVERED":"Частково поставлено","status.RECEIPT_PENDING":"Очікує підтвердження","status.RECEIPT_CONFIRMED":"Підтверджено","status.RECEIPT_REVERSED":"Сторновано","status.DELIVERY_RECORDED":"Зареєстровано","status.DELIVERY_ACCEPTED":"Прийнято","status.DELIVERY_REJECTED":"Відхилено","status.AMENDMENT_PENDING_APPROVAL":"Очікує затвердження","status.AMENDMENT_APPLIED":"Застосовано","status.AMENDMENT_WITHDRAWN":"Відкликано","area.COMMUNICATIONS":"Зв’язок","area.DATA_CENTRES":"Центри обробки даних","area.IT_ARCHITECTURE":"ІТ-архітектура","area.CYBERSECURITY":"Кібербезпека","status.DRAFT":"Чернетка","status.SUBMITTED":"Подано","status.APPROVED":"Схвалено","status.REJECTED":"Відхилено","status.IN_PROCUREMENT":"Закупівля","status.FULFILLED":"Виконано","status.WITHDRAWN":"Відкликано","status.PENDING_APPROVAL":"Очікує схвалення","status.PLACED":"Розміщено","status.DELIVERED":"Доставлено","status.CANCELLED":"Скасовано","status.PLEDGED":"Обіцяно","status.RECEIVED":"Отримано","status.ACTIVE":"Активна","status.SUSPENDED":"Призупинена","role.CHAIR":"голова","role.MEMBER":"член","role.OBSERVER":"спостерігач","role.BENEFICIARY":"бенефіціар","role.chair":"голова","role.member":"член","role.mod":"Міністерство оборони","role.observer":"спостерігач","kind.FINANCIAL":"Фінансовий","kind.IN_KIND":"Натуральний","outcome.OK":"Успішно","outcome.DENIED":"Відмовлено","outcome.FAILED":"Збій"},ki={en:pe,uk:ci},vi={en:"en-GB",uk:"uk-UA"},Ne="itc.lang",fe=l.createContext(null);function pi(){const e=localStorage.getItem(Ne);return e==="en"||e==="uk"?e:navigator.language.toLowerCase().startsWith("uk")?"uk":"en"}function Ni({children:e}){const[n,i]=l.useState(pi),a=l.useCallback(r=>{localStorage.setItem(Ne,r),i(r)},[]);l.useEffect(()=>{document.documentElement.lang=n},[n]);const t=l.useMemo(()=>{const r=ki[n],s=vi[n],u=new Intl.DateTimeFormat(s,{dateStyle:"medium"}),o=new Intl.DateTimeFormat(s,{dateStyle:"medium",timeStyle:"short"});return{lang:n,setLang:a,t:(c,k)=>(r[c]??pe[c]).replace(/\{(\w+)\}/g,(N,f)=>String(k?.[f]??`{${f}}`)),money:(c,k="EUR")=>c==null?"":new Intl.NumberFormat(s,{style:"currency",currency:k}).format(c),date:c=>c?u.format(new Date(c)):"",dateTime:c=>c?o.format(new Date(c)):""}},[n,a]);return d.jsx(fe.Provider,{value:t,children:e})}function y(){const e=l.useContext(fe);if(!e)throw new Error("useI18n outside I18nProvider");return e}const be=l.createContext(null);function ye(e){const n=(i,a)=>e.permissions.filter(t=>t.resource===i&&t.action===a).map(t=>t.scope);return{viewer:e,scopes:n,can:(i,a)=>n(i,a).length>0,canRead:i=>n(i,"read").length>0}}function fi({viewer:e,children:n}){return d.jsx(be.Provider,{value:ye(e),children:n})}function bi(){const e=l.useContext(be);if(!e)throw new Error("usePerms outside PermsProvider");return e}function Hi(){const{t:e}=y();return d.jsx("span",{className:"hidden-field",children:e("notVisible")})}function C(){const{t:e}=y();return d.jsx("p",{role:"status",className:"muted loading",children:e("loading")})}function yi({error:e,retry:n}){const{t:i}=y();return d.jsxs("div",{role:"alert",className:"error",children:[$(e).map((a,t)=>d.jsx("p",{children:i("error",{message:a.message})},t)),n&&d.jsx("button",{type:"button",onClick:n,children:i("retry")})]})}function Yi({error:e,hint:n,fields:i}){const a=$(e).filter(t=>t.code!=="UNAUTHENTICATED"&&!(t.field&&i?.includes(t.field)));return a.length===0?null:d.jsxs("div",{role:"alert",className:"action-error","data-code":a[0].code,children:[a.map((t,r)=>d.jsx("p",{children:t.message},r)),n&&a.some(t=>t.code==="CONFLICT")&&d.jsx("p",{children:n})]})}function Ki({value:e}){const{t:n}=y();return d.jsx("span",{className:`badge badge-${e.toLowerCase()}`,children:n(`status.${e}`)})}function zi({label:e,question:n,onConfirm:i,danger:a,children:t,disabled:r}){const{t:s}=y(),u=l.useRef(null),o=l.useId();return d.jsxs(d.Fragment,{children:[d.jsx("button",{type:"button",className:a?"danger":void 0,onClick:()=>u.current?.showModal(),disabled:r,children:e}),d.jsx("dialog",{ref:u,"aria-labelledby":o,children:d.jsxs("form",{method:"dialog",onSubmit:m=>{m.preventDefault(),u.current?.close(),i()},children:[d.jsx("p",{id:o,children:n}),t,d.jsxs("div",{className:"row",children:[d.jsx("button",{type:"submit",className:a?"danger":"primary",children:s("confirm")}),d.jsx("button",{type:"button",onClick:()=>u.current?.close(),children:s("cancel")})]})]})})]})}function Ji({label:e,children:n,hint:i,error:a}){const t=l.useId(),r=a?{"aria-invalid":!0,"aria-describedby":`${t}-error`}:{};return d.jsxs("div",{className:"field",children:[d.jsx("label",{htmlFor:t,children:e}),n(t,r),i&&d.jsx("small",{className:"muted",children:i}),a&&d.jsx("small",{id:`${t}-error`,className:"field-error",role:"alert","data-field-error":!0,children:a})]})}function Gi(){const[e,n]=l.useState("");return l.useEffect(()=>{if(!e)return;const i=window.setTimeout(()=>n(""),5e3);return()=>window.clearTimeout(i)},[e]),[d.jsx("div",{role:"status","aria-live":"polite",className:"visually-hidden",children:e}),n]}const Qi=["COMMUNICATIONS","DATA_CENTRES","IT_ARCHITECTURE","CYBERSECURITY"],gi=l.lazy(()=>p(()=>import("./SignIn-BVvV7MgD.js"),__vite__mapDeps([0,1,2]))),Si=l.lazy(()=>p(()=>import("./Dashboard-D79McZ-Q.js"),__vite__mapDeps([3,1,2]))),hi=l.lazy(()=>p(()=>import("./Requests-BwreJQEM.js"),__vite__mapDeps([4,1,5,2]))),Di=l.lazy(()=>p(()=>import("./Orders-DYWIP2xu.js"),__vite__mapDeps([6,1,5,2]))),Ri=l.lazy(()=>p(()=>import("./Nations-Bu_Te54S.js"),__vite__mapDeps([7,1,5,2]))),Fi=l.lazy(()=>p(()=>import("./Pledges-C3EEutI8.js"),__vite__mapDeps([8,1,5,2]))),Ai=l.lazy(()=>p(()=>import("./Audit-B_se0K3D.js"),__vite__mapDeps([9,1,2]))),Vi=l.lazy(()=>p(()=>import("./People-B4XTKp4_.js"),__vite__mapDeps([10,1,5,2]))),Ti=l.lazy(()=>p(()=>import("./Suppliers-BH_UH5rM.js"),__vite__mapDeps([11,1,5,2]))),$i=l.lazy(()=>p(()=>import("./Exports-CWLzRyUf.js"),__vite__mapDeps([12,1,2]))),P=[{path:"/",label:"navDashboard",page:Si,shown:e=>e.can("Fund","read")},{path:"/requests",label:"navRequests",page:hi,shown:e=>e.can("PriorityRequest","read")},{path:"/orders",label:"navOrders",page:Di,shown:e=>e.can("Order","read")},{path:"/nations",label:"navNations",page:Ri,shown:e=>e.can("Nation","read")},{path:"/pledges",label:"navPledges",page:Fi,shown:e=>e.can("Contribution","read")||e.can("Contribution","pledge")},{path:"/suppliers",label:"navSuppliers",page:Ti,shown:e=>e.can("Supplier","read")},{path:"/people",label:"navPeople",page:Vi,shown:e=>e.can("Person","read")},{path:"/audit",label:"navAudit",page:Ai,shown:e=>e.can("AuditEvent","read")},{path:"/exports",label:"navExports",page:$i,shown:()=>!0}],Ei=ke(`
  query Me {
    me {
      sub
      role
      nation
      permissions {
        resource
        action
        scope
      }
    }
  }
`);function Ii(){const e=ii(),[n,i]=O();l.useEffect(()=>{!e&&n!=="/signin"&&i("/signin",{replace:!0}),e&&n==="/signin"&&i("/",{replace:!0})},[e,n,i]);const a=l.useMemo(()=>e?ui(e.token):null,[e]);return!e||!a?d.jsx(x,{children:d.jsx(l.Suspense,{fallback:d.jsx(C,{}),children:d.jsx(gi,{})})}):d.jsx(Ve,{value:a,children:d.jsx(xi,{name:e.name})})}const _i=ke(`
  subscription LiveEvents($after: ID) {
    auditEvents(after: $after) {
      id
      action
      target
    }
  }
`);function Ci(){return $e({query:_i}),null}function xi({name:e}){const[{data:n,error:i,fetching:a},t]=Te({query:Ei});return n?d.jsxs(fi,{viewer:n.me,children:[ye(n.me).can("AuditEvent","read")&&d.jsx(Ci,{}),d.jsx(x,{nav:d.jsx(wi,{name:e}),children:d.jsx(l.Suspense,{fallback:d.jsx(C,{}),children:d.jsx(kn,{children:P.map(r=>d.jsx(mn,{path:r.path,component:r.page},r.path))})})})]}):d.jsx(x,{children:i?d.jsx(yi,{error:i,retry:()=>t({requestPolicy:"network-only"})}):a&&d.jsx(C,{})})}function Oi(){const{t:e}=y(),[n]=O(),i=l.useRef(!0);l.useEffect(()=>{const a=P.find(t=>t.path===n);if(document.title=a?`${e(a.label)} · ${e("appName")}`:e("appName"),i.current){i.current=!1;return}document.getElementById("main")?.focus({preventScroll:!0})},[n,e])}function wi({name:e}){Oi();const{t:n}=y(),i=bi(),[a]=O(),t=i.viewer;return d.jsxs(d.Fragment,{children:[d.jsx("nav",{"aria-label":n("mainNav"),children:d.jsx("ul",{children:P.filter(r=>r.shown(i)).map(r=>d.jsx("li",{children:d.jsx(cn,{href:r.path,"aria-current":a===r.path?"page":void 0,children:n(r.label)})},r.path))})}),d.jsxs("div",{className:"who",children:[d.jsxs("span",{children:[n("signedInAs",{name:e})," · ",n(`role.${t.role}`)," · ",t.nation]}),d.jsx("button",{type:"button",onClick:()=>A("signedOut"),children:n("signOut")})]})]})}function x({nav:e,children:n}){const{t:i,lang:a,setLang:t}=y();return d.jsxs(d.Fragment,{children:[d.jsx("a",{className:"skip",href:"#main",children:i("skipToContent")}),d.jsxs("header",{children:[d.jsxs("div",{className:"bar",children:[d.jsx("strong",{className:"brand",children:i("appName")}),d.jsxs("label",{className:"lang",children:[d.jsx("span",{className:"visually-hidden",children:i("language")}),d.jsxs("select",{value:a,onChange:r=>t(r.target.value),children:[d.jsx("option",{value:"en",lang:"en",children:"English"}),d.jsx("option",{value:"uk",lang:"uk",children:"Українська"})]})]})]}),e]}),d.jsx("main",{id:"main",tabIndex:-1,children:n})]})}X(document.getElementById("root")).render(d.jsx(l.StrictMode,{children:d.jsx(Ni,{children:d.jsx(Ii,{})})}));export{Yi as A,zi as C,Ji as F,Hi as H,yi as L,Ki as S,Mi as a,Li as b,bi as c,C as d,Gi as e,Wi as f,ke as g,Qi as h,Ui as i,d as j,ii as k,A as l,ji as s,Bi as t,y as u};
