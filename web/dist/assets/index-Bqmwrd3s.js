const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/SignIn-D6F4p2dU.js","assets/graphql-BgRXROpv.js","assets/react-BaS1cqud.js","assets/Dashboard-Cpz_X2rW.js","assets/Requests-Cgd9CL5R.js","assets/useAction-D9tjUC5x.js","assets/Orders-HyrcaoZ9.js","assets/Nations-CU09F_01.js","assets/Pledges-ChtN1xZ4.js","assets/Audit-BqqTkgAp.js"])))=>i.map(i=>d[i]);
import{r as s,R as ye,C as Se,f as he,m as De,c as Re,s as Ee,a as Fe,u as Ae,b as Ce}from"./graphql-BgRXROpv.js";import{r as Ie}from"./react-BaS1cqud.js";const _e=function(){const n=typeof document<"u"&&document.createElement("link").relList;return n&&n.supports&&n.supports("modulepreload")?"modulepreload":"preload"}(),Te=function(e){return"/"+e},j={},y=function(n,i,t){let a=Promise.resolve();if(i&&i.length>0){document.getElementsByTagName("link");const l=document.querySelector("meta[property=csp-nonce]"),u=l?.nonce||l?.getAttribute("nonce");a=Promise.allSettled(i.map(o=>{if(o=Te(o),o in j)return;j[o]=!0;const c=o.endsWith(".css"),m=c?'[rel="stylesheet"]':"";if(document.querySelector(`link[href="${o}"]${m}`))return;const k=document.createElement("link");if(k.rel=c?"stylesheet":_e,c||(k.as="script"),k.crossOrigin="",k.href=o,u&&k.setAttribute("nonce",u),document.head.appendChild(k),c)return new Promise((f,v)=>{k.addEventListener("load",f),k.addEventListener("error",()=>v(new Error(`Unable to preload CSS for ${o}`)))})}))}function r(l){const u=new Event("vite:preloadError",{cancelable:!0});if(u.payload=l,window.dispatchEvent(u),!u.defaultPrevented)throw l}return a.then(l=>{for(const u of l||[])u.status==="rejected"&&r(u.reason);return n().catch(r)})};var Q={exports:{}},F={};/**
 * @license React
 * react-jsx-runtime.production.min.js
 *
 * Copyright (c) Facebook, Inc. and its affiliates.
 *
 * This source code is licensed under the MIT license found in the
 * LICENSE file in the root directory of this source tree.
 */var qe=s,Oe=Symbol.for("react.element"),$e=Symbol.for("react.fragment"),xe=Object.prototype.hasOwnProperty,we=qe.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED.ReactCurrentOwner,Ve={key:!0,ref:!0,__self:!0,__source:!0};function G(e,n,i){var t,a={},r=null,l=null;i!==void 0&&(r=""+i),n.key!==void 0&&(r=""+n.key),n.ref!==void 0&&(l=n.ref);for(t in n)xe.call(n,t)&&!Ve.hasOwnProperty(t)&&(a[t]=n[t]);if(e&&e.defaultProps)for(t in n=e.defaultProps,n)a[t]===void 0&&(a[t]=n[t]);return{$$typeof:Oe,type:e,key:r,ref:l,props:a,_owner:we.current}}F.Fragment=$e;F.jsx=G;F.jsxs=G;Q.exports=F;var d=Q.exports,X,L=Ie;X=L.createRoot,L.hydrateRoot;function Pe(e,n){if(e instanceof RegExp)return{keys:!1,pattern:e};var i,t,a,r,l=[],u="",o=e.split("/");for(o[0]||o.shift();a=o.shift();)i=a[0],i==="*"?(l.push(i),u+=a[1]==="?"?"(?:/(.*))?":"/(.*)"):i===":"?(t=a.indexOf("?",1),r=a.indexOf(".",1),l.push(a.substring(1,~t?t:~r?r:a.length)),u+=~t&&!~r?"(?:/([^/]+?))?":"/([^/]+?)",~r&&(u+=(~t?"?":"")+"\\"+a.substring(r))):u+="/"+a;return{keys:l,pattern:new RegExp("^"+u+(n?"(?=$|/)":"/?$"),"i")}}var Z={exports:{}},ee={};/**
 * @license React
 * use-sync-external-store-shim.production.js
 *
 * Copyright (c) Meta Platforms, Inc. and affiliates.
 *
 * This source code is licensed under the MIT license found in the
 * LICENSE file in the root directory of this source tree.
 */var S=s;function je(e,n){return e===n&&(e!==0||1/e===1/n)||e!==e&&n!==n}var Le=typeof Object.is=="function"?Object.is:je,Ue=S.useState,Me=S.useEffect,Be=S.useLayoutEffect,We=S.useDebugValue;function He(e,n){var i=n(),t=Ue({inst:{value:i,getSnapshot:n}}),a=t[0].inst,r=t[1];return Be(function(){a.value=i,a.getSnapshot=n,C(a)&&r({inst:a})},[e,i,n]),Me(function(){return C(a)&&r({inst:a}),e(function(){C(a)&&r({inst:a})})},[e]),We(i),i}function C(e){var n=e.getSnapshot;e=e.value;try{var i=n();return!Le(e,i)}catch{return!0}}function Ke(e,n){return n()}var ze=typeof window>"u"||typeof window.document>"u"||typeof window.document.createElement>"u"?Ke:He;ee.useSyncExternalStore=S.useSyncExternalStore!==void 0?S.useSyncExternalStore:ze;Z.exports=ee;var Ye=Z.exports;const Je=ye.useInsertionEffect,Qe=typeof window<"u"&&typeof window.document<"u"&&typeof window.document.createElement<"u",Ge=Qe?s.useLayoutEffect:s.useEffect,Xe=Je||Ge,ne=e=>{const n=s.useRef([e,(...i)=>n[0](...i)]).current;return Xe(()=>{n[0]=e}),n[1]},U=["popstate","pushState","replaceState","hashchange"];let D=[];const M=()=>D.forEach(e=>e()),Ze=e=>(D.push(e)===1&&U.forEach(n=>addEventListener(n,M)),()=>{D=D.filter(n=>n!==e),D.length||U.forEach(n=>removeEventListener(n,M))}),ie=(e,n)=>Ye.useSyncExternalStore(Ze,e,n),B=()=>location.search,en=({ssrSearch:e}={})=>ie(B,e!=null?()=>e:B),W=()=>location.pathname,nn=({ssrPath:e}={})=>ie(W,e!=null?()=>e:W),tn=(e,{replace:n=!1,state:i=null}={})=>history[n?"replaceState":"pushState"](i,"",e),an=e=>[nn(e),tn],H=Symbol.for("wouter_v3");if(typeof history<"u"&&typeof window[H]>"u"){for(const e of["pushState","replaceState"]){const n=history[e];history[e]=function(){const i=n.apply(this,arguments),t=new Event(e);return t.arguments=arguments,dispatchEvent(t),i}}Object.defineProperty(window,H,{value:!0})}const te=(e="")=>e==="/"?"":e,dn=(e,n)=>e[0]==="~"?e.slice(1):te(n)+e,ae=(e,n)=>(e=K(te(e)),n=K(n),!e||(n.toLowerCase()+"/").startsWith(e.toLowerCase()+"/")?n.slice(e.length)||"/":"~"+n),K=e=>{try{return e.includes("%")?decodeURI(e):e}catch{return e}},de={hook:an,searchHook:en,parser:Pe,base:"",ssrPath:void 0,ssrSearch:void 0,ssrContext:void 0,hrefs:e=>e,aroundNav:(e,n,i)=>e(n,i)},oe=s.createContext(de),R=()=>s.useContext(oe),re={},se=s.createContext(re),on=()=>s.useContext(se),le=(e,n=e.base)=>ae(n,e.hook(e)[0]),ue=e=>{const[n,i]=e.hook(e);return[ae(e.base,n),ne((t,a)=>e.aroundNav(i,dn(t,e.base),a))]},q=()=>ue(R()),ce=(e,n,i,t)=>{const{pattern:a,keys:r}=n instanceof RegExp?{pattern:n}:e(n||"*",t),l=a.exec(i);if(!l)return[!1,null];const u={};for(let o=1;o<l.length;o++)u[o-1]=l[o];if(r)for(let o=0;o<r.length;o++)u[r[o]]=l[o+1];else Object.assign(u,l.groups);return t?[!0,u,l[0]]:[!0,u]},rn=({children:e,...n})=>{const i=R(),t=n.hook?de:i;let a=t;if(n.ssrPath){const[o,c=n.ssrSearch??""]=n.ssrPath.split("?");o&&(n.ssrSearch=c,n.ssrPath=o)}n.hrefs=n.hrefs??n.hook?.hrefs,n.searchHook=n.searchHook??n.hook?.searchHook;let r=s.useRef(t),l=r.current,u=l;for(let o in t){const c=o==="base"?t[o]+(n[o]??""):n[o]??t[o];c!==u[o]&&(l===u&&(r.current=u={...u}),u[o]=c),(c!==t[o]||c!==a[o])&&(a=u)}return s.createElement(oe.Provider,{value:a},e)},sn=({children:e,component:n},i)=>n?s.createElement(n,{params:i}):typeof e=="function"?e(i):e,ln=e=>{let n=s.useRef(re);const i=n.current,t=Object.keys(e);return n.current=t.length!==Object.keys(i).length||t.some(a=>e[a]!==i[a])?e:i},un=({path:e,nest:n,match:i,...t})=>{const a=R(),r=le(a),[l,u,o]=i??ce(a.parser,e,r,n),c=ln({...on(),...u});if(!l)return null;const m=sn(t,c);return s.createElement(se.Provider,{value:c},o?s.createElement(rn,{base:o},m):m)},cn=s.forwardRef((e,n)=>{const i=R(),[t,a]=ue(i),{to:r="",href:l=r,onClick:u,asChild:o,children:c,className:m,replace:k,state:f,transition:v,...N}=e;return N.onClick=ne(p=>{p.ctrlKey||p.metaKey||p.altKey||p.shiftKey||p.button!==0||(u?.(p),p.defaultPrevented||(p.preventDefault(),a(l,e)))}),N.href=i.hrefs(l[0]==="~"?l.slice(1):i.base+l,i),m!==void 0&&(N.className=m?.call?m(t===l):m),n&&(N.ref=n),o&&s.isValidElement(c)?s.cloneElement(c,N):s.createElement("a",N,c)}),me=(e,n=[])=>{if(Array.isArray(e))for(const i of e)me(i&&i.type===s.Fragment?i.props.children:i,n);else n.push(e);return n},mn=({children:e,location:n})=>{const i=R(),t=le(i);for(const a of me(e)){let r=0;if(s.isValidElement(a)&&(r=ce(i.parser,a.props.path,n||t,a.props.nest))[0])return s.cloneElement(a,{match:r})}return null},kn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Audit"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"first"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"after"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"action"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"target"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"auditLog"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"Variable",name:{kind:"Name",value:"first"}}},{kind:"Argument",name:{kind:"Name",value:"after"},value:{kind:"Variable",name:{kind:"Name",value:"after"}}},{kind:"Argument",name:{kind:"Name",value:"action"},value:{kind:"Variable",name:{kind:"Name",value:"action"}}},{kind:"Argument",name:{kind:"Name",value:"target"},value:{kind:"Variable",name:{kind:"Name",value:"target"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"pageInfo"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"hasNextPage"}},{kind:"Field",name:{kind:"Name",value:"endCursor"}}]}},{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"at"}},{kind:"Field",name:{kind:"Name",value:"actor"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"sub"}},{kind:"Field",name:{kind:"Name",value:"role"}},{kind:"Field",name:{kind:"Name",value:"nation"}}]}},{kind:"Field",name:{kind:"Name",value:"action"}},{kind:"Field",name:{kind:"Name",value:"target"}},{kind:"Field",name:{kind:"Name",value:"outcome"}},{kind:"Field",name:{kind:"Name",value:"detail"}}]}}]}}]}}]}}]},pn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Fund"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"fund"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"pledged"}},{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"available"}},{kind:"Field",name:{kind:"Name",value:"inKind"}},{kind:"Field",name:{kind:"Name",value:"contributors"}},{kind:"Field",name:{kind:"Name",value:"byArea"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"area"}},{kind:"Field",name:{kind:"Name",value:"contributors"}},{kind:"Field",name:{kind:"Name",value:"pledged"}},{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"available"}},{kind:"Field",name:{kind:"Name",value:"suppressedReason"}}]}}]}}]}}]},fn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Nations"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"nations"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"300"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"name"}},{kind:"Field",name:{kind:"Name",value:"role"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"joinedAt"}},{kind:"Field",name:{kind:"Name",value:"suspendedReason"}}]}}]}}]}}]}}]},vn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"AdmitNation"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"AdmitNationInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"admitNation"},arguments:[{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"name"}},{kind:"Field",name:{kind:"Name",value:"role"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"joinedAt"}}]}}]}}]},Nn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"SetNationRole"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"code"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"role"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"NationRole"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"setNationRole"},arguments:[{kind:"Argument",name:{kind:"Name",value:"code"},value:{kind:"Variable",name:{kind:"Name",value:"code"}}},{kind:"Argument",name:{kind:"Name",value:"role"},value:{kind:"Variable",name:{kind:"Name",value:"role"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"role"}}]}}]}}]},bn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"SuspendNation"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"code"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reason"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"suspendNation"},arguments:[{kind:"Argument",name:{kind:"Name",value:"code"},value:{kind:"Variable",name:{kind:"Name",value:"code"}}},{kind:"Argument",name:{kind:"Name",value:"reason"},value:{kind:"Variable",name:{kind:"Name",value:"reason"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"suspendedReason"}}]}}]}}]},gn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ReinstateNation"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"code"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"reinstateNation"},arguments:[{kind:"Argument",name:{kind:"Name",value:"code"},value:{kind:"Variable",name:{kind:"Name",value:"code"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"suspendedReason"}}]}}]}}]},yn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Orders"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"canDraft"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Boolean"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"orders"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"200"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"supplier"}},{kind:"Field",name:{kind:"Name",value:"amount"}},{kind:"Field",name:{kind:"Name",value:"draftedBy"}},{kind:"Field",name:{kind:"Name",value:"approvedBy"}},{kind:"Field",name:{kind:"Name",value:"draftedAt"}},{kind:"Field",name:{kind:"Name",value:"placedAt"}},{kind:"Field",name:{kind:"Name",value:"deliveredAt"}},{kind:"Field",name:{kind:"Name",value:"request"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"title"}},{kind:"Field",name:{kind:"Name",value:"area"}}]}}]}}]}}]}},{kind:"Field",alias:{kind:"Name",value:"approved"},name:{kind:"Name",value:"requests"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"200"}},{kind:"Argument",name:{kind:"Name",value:"status"},value:{kind:"EnumValue",value:"APPROVED"}}],directives:[{kind:"Directive",name:{kind:"Name",value:"include"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"canDraft"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"title"}}]}}]}}]}}]}}]},Sn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"DraftOrder"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"DraftOrderInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"draftOrder"},arguments:[{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},hn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ApproveOrder"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"approveOrder"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"approvedBy"}},{kind:"Field",name:{kind:"Name",value:"placedAt"}}]}}]}}]},Dn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"CancelOrder"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"cancelOrder"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},Rn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ConfirmDelivery"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"confirmDelivery"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"deliveredAt"}}]}}]}}]},En={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"DraftSuppliers"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"suppliers"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"200"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"name"}},{kind:"Field",name:{kind:"Name",value:"country"}}]}}]}}]}}]}}]},Fn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Contributions"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"contributions"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"500"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"nation"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"name"}}]}},{kind:"Field",name:{kind:"Name",value:"kind"}},{kind:"Field",name:{kind:"Name",value:"amount"}},{kind:"Field",name:{kind:"Name",value:"currency"}},{kind:"Field",name:{kind:"Name",value:"eurAmount"}},{kind:"Field",name:{kind:"Name",value:"receivedEur"}},{kind:"Field",name:{kind:"Name",value:"earmark"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"pledgedAt"}},{kind:"Field",name:{kind:"Name",value:"receivedAt"}},{kind:"Field",name:{kind:"Name",value:"rate"}}]}}]}}]}}]}}]},An={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"PledgeContribution"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"PledgeInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"pledgeContribution"},arguments:[{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},Cn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"CancelContribution"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"cancelContribution"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},In={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"RecordReceipt"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ReceiptInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"recordReceipt"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},_n={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Requests"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"requests"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"500"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"title"}},{kind:"Field",name:{kind:"Name",value:"description"}},{kind:"Field",name:{kind:"Name",value:"area"}},{kind:"Field",name:{kind:"Name",value:"phase"}},{kind:"Field",name:{kind:"Name",value:"priority"}},{kind:"Field",name:{kind:"Name",value:"estimatedCost"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"rejectReason"}},{kind:"Field",name:{kind:"Name",value:"createdAt"}}]}}]}}]}}]}}]},Tn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"CreateRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"CreateRequestInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"createRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},qn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"UpdateRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"UpdateRequestInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"updateRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"title"}},{kind:"Field",name:{kind:"Name",value:"description"}},{kind:"Field",name:{kind:"Name",value:"area"}},{kind:"Field",name:{kind:"Name",value:"estimatedCost"}}]}}]}}]},On={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"SubmitRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"submitRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"priority"}}]}}]}}]},$n={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ReprioritizeRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"priority"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"reprioritizeRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"priority"},value:{kind:"Variable",name:{kind:"Name",value:"priority"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"priority"}}]}}]}}]},xn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"WithdrawRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"withdrawRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"priority"}}]}}]}}]},wn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ApproveRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"approveRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},Vn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"RejectRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reason"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"rejectRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"reason"},value:{kind:"Variable",name:{kind:"Name",value:"reason"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"priority"}},{kind:"Field",name:{kind:"Name",value:"rejectReason"}}]}}]}}]},Pn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"FulfillRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"fulfillRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"priority"}}]}}]}}]},jn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Me"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"me"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"sub"}},{kind:"Field",name:{kind:"Name",value:"role"}},{kind:"Field",name:{kind:"Name",value:"nation"}},{kind:"Field",name:{kind:"Name",value:"permissions"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"resource"}},{kind:"Field",name:{kind:"Name",value:"action"}},{kind:"Field",name:{kind:"Name",value:"scope"}}]}}]}}]}}]},Ln={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"subscription",name:{kind:"Name",value:"LiveEvents"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"after"}},type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"auditEvents"},arguments:[{kind:"Argument",name:{kind:"Name",value:"after"},value:{kind:"Variable",name:{kind:"Name",value:"after"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"action"}},{kind:"Field",name:{kind:"Name",value:"target"}}]}}]}}]},Un={"\n  query Audit($first: Int!, $after: String, $action: String, $target: String) {\n    auditLog(first: $first, after: $after, action: $action, target: $target) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actor {\n            sub\n            role\n            nation\n          }\n          action\n          target\n          outcome\n          detail\n        }\n      }\n    }\n  }\n":kn,"\n  query Fund {\n    fund {\n      pledged\n      received\n      committed\n      available\n      inKind\n      contributors\n      byArea {\n        area\n        contributors\n        pledged\n        received\n        committed\n        available\n        suppressedReason\n      }\n    }\n  }\n":pn,"\n  query Nations {\n    nations(first: 300) {\n      edges {\n        node {\n          code\n          name\n          role\n          status\n          joinedAt\n          suspendedReason\n        }\n      }\n    }\n  }\n":fn,"\n  mutation AdmitNation($input: AdmitNationInput!) {\n    admitNation(input: $input) {\n      code\n      name\n      role\n      status\n      joinedAt\n    }\n  }\n":vn,"\n  mutation SetNationRole($code: String!, $role: NationRole!) {\n    setNationRole(code: $code, role: $role) {\n      code\n      role\n    }\n  }\n":Nn,"\n  mutation SuspendNation($code: String!, $reason: String!) {\n    suspendNation(code: $code, reason: $reason) {\n      code\n      status\n      suspendedReason\n    }\n  }\n":bn,"\n  mutation ReinstateNation($code: String!) {\n    reinstateNation(code: $code) {\n      code\n      status\n      suspendedReason\n    }\n  }\n":gn,"\n  query Orders($canDraft: Boolean!) {\n    orders(first: 200) {\n      edges {\n        node {\n          id\n          status\n          supplier\n          amount\n          draftedBy\n          approvedBy\n          draftedAt\n          placedAt\n          deliveredAt\n          request {\n            id\n            title\n            area\n          }\n        }\n      }\n    }\n    approved: requests(first: 200, status: APPROVED) @include(if: $canDraft) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":yn,"\n  mutation DraftOrder($input: DraftOrderInput!) {\n    draftOrder(input: $input) {\n      id\n      status\n    }\n  }\n":Sn,"\n  mutation ApproveOrder($id: ID!) {\n    approveOrder(id: $id) {\n      id\n      status\n      approvedBy\n      placedAt\n    }\n  }\n":hn,"\n  mutation CancelOrder($id: ID!) {\n    cancelOrder(id: $id) {\n      id\n      status\n    }\n  }\n":Dn,"\n  mutation ConfirmDelivery($id: ID!) {\n    confirmDelivery(id: $id) {\n      id\n      status\n      deliveredAt\n    }\n  }\n":Rn,"\n  query DraftSuppliers {\n    suppliers(first: 200) {\n      edges {\n        node {\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n":En,"\n  query Contributions {\n    contributions(first: 500) {\n      edges {\n        node {\n          id\n          nation {\n            code\n            name\n          }\n          kind\n          amount\n          currency\n          eurAmount\n          receivedEur\n          earmark\n          status\n          pledgedAt\n          receivedAt\n          rate\n        }\n      }\n    }\n  }\n":Fn,"\n  mutation PledgeContribution($input: PledgeInput!) {\n    pledgeContribution(input: $input) {\n      id\n      status\n    }\n  }\n":An,"\n  mutation CancelContribution($id: ID!) {\n    cancelContribution(id: $id) {\n      id\n      status\n    }\n  }\n":Cn,"\n  mutation RecordReceipt($id: ID!, $input: ReceiptInput!) {\n    recordReceipt(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n":In,"\n  query Requests {\n    requests(first: 500) {\n      edges {\n        node {\n          id\n          title\n          description\n          area\n          phase\n          priority\n          estimatedCost\n          status\n          rejectReason\n          createdAt\n        }\n      }\n    }\n  }\n":_n,"\n  mutation CreateRequest($input: CreateRequestInput!) {\n    createRequest(input: $input) {\n      id\n      status\n    }\n  }\n":Tn,"\n  mutation UpdateRequest($id: ID!, $input: UpdateRequestInput!) {\n    updateRequest(id: $id, input: $input) {\n      id\n      title\n      description\n      area\n      estimatedCost\n    }\n  }\n":qn,"\n  mutation SubmitRequest($id: ID!) {\n    submitRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n":On,"\n  mutation ReprioritizeRequest($id: ID!, $priority: Int!) {\n    reprioritizeRequest(id: $id, priority: $priority) {\n      id\n      priority\n    }\n  }\n":$n,"\n  mutation WithdrawRequest($id: ID!) {\n    withdrawRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n":xn,"\n  mutation ApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n":wn,"\n  mutation RejectRequest($id: ID!, $reason: String!) {\n    rejectRequest(id: $id, reason: $reason) {\n      id\n      status\n      priority\n      rejectReason\n    }\n  }\n":Vn,"\n  mutation FulfillRequest($id: ID!) {\n    fulfillRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n":Pn,"\n  query Me {\n    me {\n      sub\n      role\n      nation\n      permissions {\n        resource\n        action\n        scope\n      }\n    }\n  }\n":jn,"\n  subscription LiveEvents($after: ID) {\n    auditEvents(after: $after) {\n      id\n      action\n      target\n    }\n  }\n":Ln};function ke(e){return Un[e]??{}}const O="itc.session",I=new Set;let h=Mn(),$=null,z;function Mn(){try{const e=JSON.parse(sessionStorage.getItem(O)??"null");return e&&e.expiresAt>Date.now()?e:null}catch{return null}}function x(){if(window.clearTimeout(z),h){const e=h.expiresAt-Date.now();z=window.setTimeout(()=>E("expired"),Math.min(e,2**31-1))}I.forEach(e=>e())}function Di(e){h=e,$=null,sessionStorage.setItem(O,JSON.stringify(e)),x()}function E(e,n){h&&(h=null,$={reason:e,message:n},sessionStorage.removeItem(O),x())}function Ri(){return $}function Bn(){return s.useSyncExternalStore(e=>(I.add(e),()=>I.delete(e)),()=>h)}function Ei(e){try{const n=JSON.parse(atob(e.split(".")[1].replace(/-/g,"+").replace(/_/g,"/")));return typeof n.exp=="number"?n.exp*1e3:null}catch{return null}}x();const Wn={"sha256:f3c96c52f65fc54b7204e87ea9ce408c5b1c546d426cf883c3448df8ccd9c19d":`mutation AdmitNation($input: AdmitNationInput!) {
  admitNation(input: $input) {
    code
    name
    role
    status
    joinedAt
    __typename
  }
}`,"sha256:45007eea949d0835fdb9a50aefefffbe88518fffcbb3675f0df220510495a101":`mutation ApproveOrder($id: ID!) {
  approveOrder(id: $id) {
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
}`,"sha256:c8eb7939151689f1ee7a25d9b4bc72c667eae67293cd940f384b1a5fea6eb67f":`mutation CancelOrder($id: ID!) {
  cancelOrder(id: $id) {
    id
    status
    __typename
  }
}`,"sha256:53c4c11e574feec39df36fcd659610320d9549071d011f0adad91145d88eb43a":`mutation ConfirmDelivery($id: ID!) {
  confirmDelivery(id: $id) {
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
}`,"sha256:1fb570848f59fc275cf90fb41d2a5e04877da322edf5bb67edb0822431d8f5db":`mutation RecordReceipt($id: ID!, $input: ReceiptInput!) {
  recordReceipt(id: $id, input: $input) {
    id
    status
    __typename
  }
}`,"sha256:4e384e4ef7e28d3a3cfa4f54b36f36381eb204989e612e8fd34565368d463085":`mutation ReinstateNation($code: String!) {
  reinstateNation(code: $code) {
    code
    status
    suspendedReason
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
}`,"sha256:90f6eb78a6b87c622c637e4c5b4a5b5306738dc6fffc2eef950e053facaa99f3":`mutation UpdateRequest($id: ID!, $input: UpdateRequestInput!) {
  updateRequest(id: $id, input: $input) {
    id
    title
    description
    area
    estimatedCost
    __typename
  }
}`,"sha256:e7b57da64fa3baf695783389cc0e2442ef286dfbef61674169ee79797870e1f2":`mutation WithdrawRequest($id: ID!) {
  withdrawRequest(id: $id) {
    id
    status
    priority
    __typename
  }
}`,"sha256:e0e5027de5b115fff3e2d3fc4b46573c876a7055338f4c9b5d8dbd28a60c5c79":`query Audit($first: Int!, $after: String, $action: String, $target: String) {
  auditLog(first: $first, after: $after, action: $action, target: $target) {
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
        outcome
        detail
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
}`,"sha256:809e2e0ed872228edb0549fdf001b87c63161c3e389b948e9f94b402e4d5100b":`query Fund {
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
}`,"sha256:cf77a9de429b3b774f0861e171534199cdecc27d71004a24fecf53624525afd0":`query Orders($canDraft: Boolean!) {
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
}`,"sha256:ad957931506120b474af8b1bddf2d7284399ed172dabc04a7830a751d2c85d89":`subscription LiveEvents($after: ID) {
  auditEvents(after: $after) {
    id
    action
    target
    __typename
  }
}`};function Hn(e,n){return i=>({subscribe(t){const a=new AbortController;let r;const l=(o,c)=>t.next({errors:[{message:o,extensions:{code:c}}]}),u=async()=>{const o=await e("/query",{method:"POST",signal:a.signal,headers:{...n,"Content-Type":"application/json",Accept:"text/event-stream"},body:JSON.stringify({query:i.query,variables:r?{...i.variables,after:r}:i.variables})});if(!o.ok||!o.body||!o.headers.get("Content-Type")?.startsWith("text/event-stream")){const f=(await o.json().catch(()=>null))?.errors?.[0];return l(f?.message??o.statusText,f?.extensions?.code??(o.status===401?"UNAUTHENTICATED":"INTERNAL_SERVER_ERROR")),o.status<500}const c=o.body.pipeThrough(new TextDecoderStream).getReader();let m="";for(;;){const{value:k,done:f}=await c.read();if(f)return!1;m+=k;let v;for(;(v=m.indexOf(`

`))>=0;){const N=m.slice(0,v);m=m.slice(v+2);let p="",A="";for(const g of N.split(`
`))g.startsWith("event:")?p=g.slice(6).trim():g.startsWith("data:")&&(A+=g.slice(5).trim());if(p==="next"&&A){const g=JSON.parse(A),P=Object.values(g.data??{}).map(ge=>ge?.id)[0];typeof P=="string"&&(r=P),t.next(g)}if(p==="complete")return!0}}};return(async()=>{for(let o=0;!a.signal.aborted;o++){try{if(await u())break}catch{if(a.signal.aborted)return}await new Promise(c=>setTimeout(c,Math.min(3e4,1e3*2**o)))}a.signal.aborted||t.complete()})(),{unsubscribe:()=>a.abort()}}})}const Y={admitNation:["nations"],setNationRole:["nations"],suspendNation:["nations"],reinstateNation:["nations"],pledgeContribution:["contributions","fund"],recordReceipt:["contributions","fund"],cancelContribution:["contributions","fund"],createRequest:["requests"],updateRequest:["requests"],submitRequest:["requests"],reprioritizeRequest:["requests"],withdrawRequest:["requests"],approveRequest:["requests"],rejectRequest:["requests"],fulfillRequest:["requests"],draftOrder:["orders","requests"],approveOrder:["orders","requests","fund"],cancelOrder:["orders","requests","fund"],confirmDelivery:["orders","requests","fund"]};function J(e,n){for(const i of e.inspectFields("Query"))(n.includes(i.fieldName)||i.fieldName==="auditLog")&&e.invalidate("Query",i.fieldName,i.arguments??void 0)}const Kn={Mutation:Object.fromEntries(Object.entries(Y).map(([e,n])=>[e,(i,t,a)=>J(a,n)])),Subscription:{auditEvents:(e,n,i)=>J(i,Y[e.auditEvents?.action??""]??[])}},zn=()=>null,Yn=Object.fromEntries(["Viewer","Permission","Fund","AreaFund","Actor","PageInfo","NationConnection","NationEdge","ContributionConnection","ContributionEdge","RequestConnection","RequestEdge","OrderConnection","OrderEdge","AuditEventConnection","AuditEventEdge"].map(e=>[e,zn])),Jn=new Map(Object.entries(Wn).map(([e,n])=>[n,e])),Qn=(e,n)=>{if(typeof n?.body=="string"){const i=JSON.parse(n.body),t=Jn.get(i.query);t&&(delete i.query,i.documentId=t,n={...n,body:JSON.stringify(i)})}return fetch(e,n)};function Gn(e,n={}){const i=(n.trusted===!1?n.fetch:Qn)??fetch;return new Se({url:"/query",preferGetMethod:!1,fetch:i,fetchOptions:()=>({headers:{Authorization:`Bearer ${e}`,Accept:"application/graphql-response+json, application/json"}}),exchanges:[De({onError(t){const a=t.response?.status;a===401||Xn(t,"UNAUTHENTICATED")?E("expired"):a===403&&E("refused",t.graphQLErrors[0]?.message)}}),Re({keys:{...Yn,Nation:t=>t.code},updates:Kn}),he,Ee({forwardSubscription:Hn(i,{Authorization:`Bearer ${e}`})})]})}function w(e){return e?e.networkError&&e.graphQLErrors.length===0?[{code:"NETWORK",message:e.networkError.message}]:e.graphQLErrors.map(n=>({code:String(n.extensions?.code??"INTERNAL_SERVER_ERROR"),message:n.message,path:n.path})):[]}function Xn(e,n){return e.graphQLErrors.some(i=>i.extensions?.code===n)}function Fi(e,n){return w(e).some(i=>i.code==="FORBIDDEN"&&i.path?.length===n.length&&i.path.every((t,a)=>t===n[a]))}const pe={appName:"IT Coalition for Ukraine",skipToContent:"Skip to content",language:"Language",signOut:"Sign out",signedInAs:"Signed in as {name}",mainNav:"Main",loading:"Loading…",loadMore:"Load more",cancel:"Cancel",confirm:"Confirm",save:"Save",notVisible:"not visible to your role",none:"none",error:"Something went wrong: {message}",retry:"Try again",navDashboard:"Fund",navRequests:"Requests",navOrders:"Orders",navNations:"Nations",navPledges:"Pledges",navAudit:"Audit log",signInTitle:"Sign in",signInDemoIntro:"This server runs with its own development key, so you can sign in as one of the demo coalition's people.",signInAs:"Sign in as {name}",signInToken:"Access token",signInTokenHint:"Paste a token issued by your identity provider.",signInSubmit:"Sign in",sessionExpired:"Your session has expired. Please sign in again.",sessionRefused:"The server refused this sign-in: {message}",groupChairs:"Chairs",groupMinistry:"Ukraine's Ministry of Defence",groupMembers:"Member nations",groupObservers:"Observers",fundTitle:"The fund",fundReceived:"Received",fundCommitted:"Committed",fundAvailable:"Available",fundPledged:"Pledged",fundInKind:"In kind (counted, never spendable)",fundContributors:"Contributing nations",fundByArea:"By capability area",fundUnearmarked:"Unearmarked",fundArea:"Area",fundSuppressed:"Suppressed",fundSuppressedWhy:"too few nations gave to this area for its figures to be shown without revealing what one nation gave",fundChartLabel:"Received and committed per area",fundChartLegendReceived:"received",fundChartLegendCommitted:"committed",requestsTitle:"Priority requests",phase:"Phase {n}",priority:"Priority",closedRequests:"Closed",drafts:"Drafts",noRequests:"No requests.",estimatedCost:"Estimated cost",title:"Title",description:"Description",area:"Area",phaseLabel:"Phase",status:"Status",newRequest:"New request",createRequest:"Create draft",edit:"Edit",submit:"Submit",withdraw:"Withdraw",approve:"Approve",reject:"Reject",rejectReason:"Reason for rejection",fulfill:"Mark fulfilled",moveUp:"Move {title} up",moveDown:"Move {title} down",moved:"{title} is now priority {n} of phase {phase}.",dragHint:"Drag to reorder, or use the move buttons.",confirmWithdraw:"Withdraw “{title}”?",ordersTitle:"Orders",supplier:"Supplier",contractReference:"Contract reference (bought through NSPA)",amount:"Amount",request:"Request",draftedBy:"Drafted by",approvedBy:"Approved by",deliveredAt:"Delivered",draftOrder:"Draft an order",draft:"Draft order",awaitingSecond:"Awaiting a second chair",ownDraft:"You drafted this order; another chair must approve it.",confirmDelivery:"Confirm delivery",cancelOrder:"Cancel order",confirmCancelOrder:"Cancel this order and release what it committed?",noOrders:"No orders.",nationsTitle:"Nations",code:"Code",name:"Name",role:"Role",joined:"Joined",admitNation:"Admit a nation",admit:"Admit",changeRole:"Change role",suspend:"Suspend",reinstate:"Reinstate",suspendReason:"Reason for suspension",confirmRole:"Make {name} a {role}?",confirmSuspend:"Suspend {name}? Its people lose access on their next request.",confirmReinstate:"Reinstate {name}?",lastChair:"At least one nation must always be an active chair, so the last active chair cannot be suspended or given another role.",pledgesTitle:"Pledges",ownPledges:"Your nation's pledges",allPledges:"All contributions",nation:"Nation",kind:"Kind",currency:"Currency",eurAmount:"EUR value",earmark:"Earmark",pledgedAt:"Pledged",receivedEur:"EUR received",rate:"Rate",pledge:"Pledge",pledgeForm:"Make a pledge",cancelPledge:"Cancel pledge",confirmCancelPledge:"Cancel this pledge?",rateSource:"Rate source",bankReference:"Bank reference",recordReceipt:"Record receipt",noPledges:"No contributions.",auditTitle:"Audit log",auditAction:"Action",auditTarget:"Target",auditActor:"Who",auditAt:"When",auditOutcome:"Outcome",auditDetail:"Detail",filter:"Filter",clearFilter:"Clear",noEvents:"No events.","area.COMMUNICATIONS":"Communications","area.DATA_CENTRES":"Data centres","area.IT_ARCHITECTURE":"IT architecture","area.CYBERSECURITY":"Cybersecurity","status.DRAFT":"Draft","status.SUBMITTED":"Submitted","status.APPROVED":"Approved","status.REJECTED":"Rejected","status.IN_PROCUREMENT":"In procurement","status.FULFILLED":"Fulfilled","status.WITHDRAWN":"Withdrawn","status.PENDING_APPROVAL":"Pending approval","status.PLACED":"Placed","status.DELIVERED":"Delivered","status.CANCELLED":"Cancelled","status.PLEDGED":"Pledged","status.RECEIVED":"Received","status.ACTIVE":"Active","status.SUSPENDED":"Suspended","role.CHAIR":"chair","role.MEMBER":"member","role.OBSERVER":"observer","role.BENEFICIARY":"beneficiary","role.chair":"chair","role.member":"member","role.mod":"Ministry of Defence","role.observer":"observer","kind.FINANCIAL":"Financial","kind.IN_KIND":"In kind","outcome.OK":"OK","outcome.DENIED":"Denied","outcome.FAILED":"Failed"},Zn={appName:"ІТ-коаліція для України",skipToContent:"Перейти до змісту",language:"Мова",signOut:"Вийти",signedInAs:"Ви увійшли як {name}",mainNav:"Головне меню",loading:"Завантаження…",loadMore:"Показати ще",cancel:"Скасувати",confirm:"Підтвердити",save:"Зберегти",notVisible:"недоступно для вашої ролі",none:"немає",error:"Сталася помилка: {message}",retry:"Спробувати ще раз",navDashboard:"Фонд",navRequests:"Запити",navOrders:"Замовлення",navNations:"Держави",navPledges:"Внески",navAudit:"Журнал аудиту",signInTitle:"Вхід",signInDemoIntro:"Сервер працює з власним ключем розробки, тож можна увійти як одна з осіб демонстраційної коаліції.",signInAs:"Увійти як {name}",signInToken:"Токен доступу",signInTokenHint:"Вставте токен, виданий вашим постачальником ідентичності.",signInSubmit:"Увійти",sessionExpired:"Ваш сеанс завершився. Увійдіть знову.",sessionRefused:"Сервер відхилив вхід: {message}",groupChairs:"Голови",groupMinistry:"Міністерство оборони України",groupMembers:"Держави-члени",groupObservers:"Спостерігачі",fundTitle:"Фонд",fundReceived:"Отримано",fundCommitted:"Зобов’язано",fundAvailable:"Доступно",fundPledged:"Обіцяно",fundInKind:"У натуральній формі (враховано, не витрачається)",fundContributors:"Держави-донори",fundByArea:"За напрямами",fundUnearmarked:"Без цільового призначення",fundArea:"Напрям",fundSuppressed:"Приховано",fundSuppressedWhy:"у цей напрям зробило внески замало держав, щоб показати суми, не розкривши внеску окремої держави",fundChartLabel:"Отримано та зобов’язано за напрямами",fundChartLegendReceived:"отримано",fundChartLegendCommitted:"зобов’язано",requestsTitle:"Пріоритетні запити",phase:"Етап {n}",priority:"Пріоритет",closedRequests:"Закриті",drafts:"Чернетки",noRequests:"Запитів немає.",estimatedCost:"Орієнтовна вартість",title:"Назва",description:"Опис",area:"Напрям",phaseLabel:"Етап",status:"Стан",newRequest:"Новий запит",createRequest:"Створити чернетку",edit:"Редагувати",submit:"Подати",withdraw:"Відкликати",approve:"Схвалити",reject:"Відхилити",rejectReason:"Причина відхилення",fulfill:"Позначити виконаним",moveUp:"Підняти «{title}»",moveDown:"Опустити «{title}»",moved:"«{title}» тепер має пріоритет {n} на етапі {phase}.",dragHint:"Перетягніть, щоб змінити порядок, або скористайтеся кнопками.",confirmWithdraw:"Відкликати «{title}»?",ordersTitle:"Замовлення",supplier:"Постачальник",contractReference:"Номер контракту (закупівля через NSPA)",amount:"Сума",request:"Запит",draftedBy:"Склав",approvedBy:"Схвалив",deliveredAt:"Доставлено",draftOrder:"Скласти замовлення",draft:"Скласти",awaitingSecond:"Очікує другого голову",ownDraft:"Ви склали це замовлення; схвалити його має інший голова.",confirmDelivery:"Підтвердити доставку",cancelOrder:"Скасувати замовлення",confirmCancelOrder:"Скасувати це замовлення і звільнити зобов’язані кошти?",noOrders:"Замовлень немає.",nationsTitle:"Держави",code:"Код",name:"Назва",role:"Роль",joined:"Приєдналася",admitNation:"Прийняти державу",admit:"Прийняти",changeRole:"Змінити роль",suspend:"Призупинити",reinstate:"Відновити",suspendReason:"Причина призупинення",confirmRole:"Зробити {name} — {role}?",confirmSuspend:"Призупинити {name}? Її представники втратять доступ із наступним запитом.",confirmReinstate:"Відновити {name}?",lastChair:"Принаймні одна держава завжди має бути активним головою, тож останнього активного голову не можна призупинити чи змінити йому роль.",pledgesTitle:"Внески",ownPledges:"Внески вашої держави",allPledges:"Усі внески",nation:"Держава",kind:"Вид",currency:"Валюта",eurAmount:"Вартість у EUR",earmark:"Призначення",pledgedAt:"Обіцяно",receivedEur:"Отримано EUR",rate:"Курс",pledge:"Пообіцяти",pledgeForm:"Зробити внесок",cancelPledge:"Скасувати внесок",confirmCancelPledge:"Скасувати цей внесок?",rateSource:"Джерело курсу",bankReference:"Банківський референс",recordReceipt:"Зарахувати надходження",noPledges:"Внесків немає.",auditTitle:"Журнал аудиту",auditAction:"Дія",auditTarget:"Об’єкт",auditActor:"Хто",auditAt:"Коли",auditOutcome:"Результат",auditDetail:"Подробиці",filter:"Фільтрувати",clearFilter:"Очистити",noEvents:"Подій немає.","area.COMMUNICATIONS":"Зв’язок","area.DATA_CENTRES":"Центри обробки даних","area.IT_ARCHITECTURE":"ІТ-архітектура","area.CYBERSECURITY":"Кібербезпека","status.DRAFT":"Чернетка","status.SUBMITTED":"Подано","status.APPROVED":"Схвалено","status.REJECTED":"Відхилено","status.IN_PROCUREMENT":"Закупівля","status.FULFILLED":"Виконано","status.WITHDRAWN":"Відкликано","status.PENDING_APPROVAL":"Очікує схвалення","status.PLACED":"Розміщено","status.DELIVERED":"Доставлено","status.CANCELLED":"Скасовано","status.PLEDGED":"Обіцяно","status.RECEIVED":"Отримано","status.ACTIVE":"Активна","status.SUSPENDED":"Призупинена","role.CHAIR":"голова","role.MEMBER":"член","role.OBSERVER":"спостерігач","role.BENEFICIARY":"бенефіціар","role.chair":"голова","role.member":"член","role.mod":"Міністерство оборони","role.observer":"спостерігач","kind.FINANCIAL":"Фінансовий","kind.IN_KIND":"Натуральний","outcome.OK":"Успішно","outcome.DENIED":"Відмовлено","outcome.FAILED":"Збій"},ei={en:pe,uk:Zn},ni={en:"en-GB",uk:"uk-UA"},fe="itc.lang",ve=s.createContext(null);function ii(){const e=localStorage.getItem(fe);return e==="en"||e==="uk"?e:navigator.language.toLowerCase().startsWith("uk")?"uk":"en"}function ti({children:e}){const[n,i]=s.useState(ii),t=s.useCallback(r=>{localStorage.setItem(fe,r),i(r)},[]);s.useEffect(()=>{document.documentElement.lang=n},[n]);const a=s.useMemo(()=>{const r=ei[n],l=ni[n],u=new Intl.DateTimeFormat(l,{dateStyle:"medium"}),o=new Intl.DateTimeFormat(l,{dateStyle:"medium",timeStyle:"short"});return{lang:n,setLang:t,t:(m,k)=>(r[m]??pe[m]).replace(/\{(\w+)\}/g,(f,v)=>String(k?.[v]??`{${v}}`)),money:(m,k="EUR")=>m==null?"":new Intl.NumberFormat(l,{style:"currency",currency:k}).format(m),date:m=>m?u.format(new Date(m)):"",dateTime:m=>m?o.format(new Date(m)):""}},[n,t]);return d.jsx(ve.Provider,{value:a,children:e})}function b(){const e=s.useContext(ve);if(!e)throw new Error("useI18n outside I18nProvider");return e}const Ne=s.createContext(null);function be(e){const n=(i,t)=>e.permissions.filter(a=>a.resource===i&&a.action===t).map(a=>a.scope);return{viewer:e,scopes:n,can:(i,t)=>n(i,t).length>0,canRead:i=>n(i,"read").length>0}}function ai({viewer:e,children:n}){return d.jsx(Ne.Provider,{value:be(e),children:n})}function di(){const e=s.useContext(Ne);if(!e)throw new Error("usePerms outside PermsProvider");return e}function Ai(){const{t:e}=b();return d.jsx("span",{className:"hidden-field",children:e("notVisible")})}function _(){const{t:e}=b();return d.jsx("p",{role:"status",className:"muted loading",children:e("loading")})}function oi({error:e,retry:n}){const{t:i}=b();return d.jsxs("div",{role:"alert",className:"error",children:[w(e).map((t,a)=>d.jsx("p",{children:i("error",{message:t.message})},a)),n&&d.jsx("button",{type:"button",onClick:n,children:i("retry")})]})}function Ci({error:e,hint:n}){const i=w(e).filter(t=>t.code!=="UNAUTHENTICATED");return i.length===0?null:d.jsxs("div",{role:"alert",className:"action-error","data-code":i[0].code,children:[i.map((t,a)=>d.jsx("p",{children:t.message},a)),n&&i.some(t=>t.code==="CONFLICT")&&d.jsx("p",{children:n})]})}function Ii({value:e}){const{t:n}=b();return d.jsx("span",{className:`badge badge-${e.toLowerCase()}`,children:n(`status.${e}`)})}function _i({label:e,question:n,onConfirm:i,danger:t,children:a,disabled:r}){const{t:l}=b(),u=s.useRef(null),o=s.useId();return d.jsxs(d.Fragment,{children:[d.jsx("button",{type:"button",className:t?"danger":void 0,onClick:()=>u.current?.showModal(),disabled:r,children:e}),d.jsx("dialog",{ref:u,"aria-labelledby":o,children:d.jsxs("form",{method:"dialog",onSubmit:c=>{c.preventDefault(),u.current?.close(),i()},children:[d.jsx("p",{id:o,children:n}),a,d.jsxs("div",{className:"row",children:[d.jsx("button",{type:"submit",className:t?"danger":"primary",children:l("confirm")}),d.jsx("button",{type:"button",onClick:()=>u.current?.close(),children:l("cancel")})]})]})})]})}function Ti({label:e,children:n,hint:i}){const t=s.useId();return d.jsxs("div",{className:"field",children:[d.jsx("label",{htmlFor:t,children:e}),n(t),i&&d.jsx("small",{className:"muted",children:i})]})}function qi(){const[e,n]=s.useState("");return s.useEffect(()=>{if(!e)return;const i=window.setTimeout(()=>n(""),5e3);return()=>window.clearTimeout(i)},[e]),[d.jsx("div",{role:"status","aria-live":"polite",className:"visually-hidden",children:e}),n]}const Oi=["COMMUNICATIONS","DATA_CENTRES","IT_ARCHITECTURE","CYBERSECURITY"],ri=s.lazy(()=>y(()=>import("./SignIn-D6F4p2dU.js"),__vite__mapDeps([0,1,2]))),si=s.lazy(()=>y(()=>import("./Dashboard-Cpz_X2rW.js"),__vite__mapDeps([3,1,2]))),li=s.lazy(()=>y(()=>import("./Requests-Cgd9CL5R.js"),__vite__mapDeps([4,1,5,2]))),ui=s.lazy(()=>y(()=>import("./Orders-HyrcaoZ9.js"),__vite__mapDeps([6,1,5,2]))),ci=s.lazy(()=>y(()=>import("./Nations-CU09F_01.js"),__vite__mapDeps([7,1,5,2]))),mi=s.lazy(()=>y(()=>import("./Pledges-ChtN1xZ4.js"),__vite__mapDeps([8,1,5,2]))),ki=s.lazy(()=>y(()=>import("./Audit-BqqTkgAp.js"),__vite__mapDeps([9,1,2]))),V=[{path:"/",label:"navDashboard",page:si,shown:e=>e.can("Fund","read")},{path:"/requests",label:"navRequests",page:li,shown:e=>e.can("PriorityRequest","read")},{path:"/orders",label:"navOrders",page:ui,shown:e=>e.can("Order","read")},{path:"/nations",label:"navNations",page:ci,shown:e=>e.can("Nation","read")},{path:"/pledges",label:"navPledges",page:mi,shown:e=>e.can("Contribution","read")||e.can("Contribution","pledge")},{path:"/audit",label:"navAudit",page:ki,shown:e=>e.can("AuditEvent","read")}],pi=ke(`
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
`);function fi(){const e=Bn(),[n,i]=q();s.useEffect(()=>{!e&&n!=="/signin"&&i("/signin",{replace:!0}),e&&n==="/signin"&&i("/",{replace:!0})},[e,n,i]);const t=s.useMemo(()=>e?Gn(e.token):null,[e]);return!e||!t?d.jsx(T,{children:d.jsx(s.Suspense,{fallback:d.jsx(_,{}),children:d.jsx(ri,{})})}):d.jsx(Fe,{value:t,children:d.jsx(bi,{name:e.name})})}const vi=ke(`
  subscription LiveEvents($after: ID) {
    auditEvents(after: $after) {
      id
      action
      target
    }
  }
`);function Ni(){return Ce({query:vi}),null}function bi({name:e}){const[{data:n,error:i,fetching:t},a]=Ae({query:pi});return n?d.jsxs(ai,{viewer:n.me,children:[be(n.me).can("AuditEvent","read")&&d.jsx(Ni,{}),d.jsx(T,{nav:d.jsx(yi,{name:e}),children:d.jsx(s.Suspense,{fallback:d.jsx(_,{}),children:d.jsx(mn,{children:V.map(r=>d.jsx(un,{path:r.path,component:r.page},r.path))})})})]}):d.jsx(T,{children:i?d.jsx(oi,{error:i,retry:()=>a({requestPolicy:"network-only"})}):t&&d.jsx(_,{})})}function gi(){const{t:e}=b(),[n]=q(),i=s.useRef(!0);s.useEffect(()=>{const t=V.find(a=>a.path===n);if(document.title=t?`${e(t.label)} · ${e("appName")}`:e("appName"),i.current){i.current=!1;return}document.getElementById("main")?.focus({preventScroll:!0})},[n,e])}function yi({name:e}){gi();const{t:n}=b(),i=di(),[t]=q(),a=i.viewer;return d.jsxs(d.Fragment,{children:[d.jsx("nav",{"aria-label":n("mainNav"),children:d.jsx("ul",{children:V.filter(r=>r.shown(i)).map(r=>d.jsx("li",{children:d.jsx(cn,{href:r.path,"aria-current":t===r.path?"page":void 0,children:n(r.label)})},r.path))})}),d.jsxs("div",{className:"who",children:[d.jsxs("span",{children:[n("signedInAs",{name:e})," · ",n(`role.${a.role}`)," · ",a.nation]}),d.jsx("button",{type:"button",onClick:()=>E("signedOut"),children:n("signOut")})]})]})}function T({nav:e,children:n}){const{t:i,lang:t,setLang:a}=b();return d.jsxs(d.Fragment,{children:[d.jsx("a",{className:"skip",href:"#main",children:i("skipToContent")}),d.jsxs("header",{children:[d.jsxs("div",{className:"bar",children:[d.jsx("strong",{className:"brand",children:i("appName")}),d.jsxs("label",{className:"lang",children:[d.jsx("span",{className:"visually-hidden",children:i("language")}),d.jsxs("select",{value:t,onChange:r=>a(r.target.value),children:[d.jsx("option",{value:"en",lang:"en",children:"English"}),d.jsx("option",{value:"uk",lang:"uk",children:"Українська"})]})]})]}),e]}),d.jsx("main",{id:"main",tabIndex:-1,children:n})]})}X(document.getElementById("root")).render(d.jsx(s.StrictMode,{children:d.jsx(ti,{children:d.jsx(fi,{})})}));export{Ci as A,_i as C,Ti as F,Ai as H,oi as L,Ii as S,Di as a,di as b,_ as c,qi as d,Oi as e,Fi as f,ke as g,d as j,Ri as s,Ei as t,b as u};
