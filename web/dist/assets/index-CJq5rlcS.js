const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/SignIn-B0dIoC8U.js","assets/graphql-BgRXROpv.js","assets/react-BaS1cqud.js","assets/Dashboard-CDSVEQx-.js","assets/Requests-c0ODTtt_.js","assets/useAction-D9tjUC5x.js","assets/Orders-BBE_ecT7.js","assets/Nations-DNxr9Rko.js","assets/Pledges-CxV_XCUN.js","assets/Audit-DIw_hq9L.js","assets/People-BkPPHhkg.js","assets/Suppliers-CqT0d3i8.js","assets/Exports-OCMEqbQD.js","assets/Receipts-DdUxmFTj.js"])))=>i.map(i=>d[i]);
import{r as o,R as Se,C as De,f as he,m as Fe,c as Ve,s as Ae,a as Re,u as $e,b as Te}from"./graphql-BgRXROpv.js";import{r as Ie}from"./react-BaS1cqud.js";const Ee=function(){const n=typeof document<"u"&&document.createElement("link").relList;return n&&n.supports&&n.supports("modulepreload")?"modulepreload":"preload"}(),_e=function(e){return"/"+e},j={},p=function(n,i,a){let t=Promise.resolve();if(i&&i.length>0){document.getElementsByTagName("link");const s=document.querySelector("meta[property=csp-nonce]"),m=s?.nonce||s?.getAttribute("nonce");t=Promise.allSettled(i.map(l=>{if(l=_e(l),l in j)return;j[l]=!0;const u=l.endsWith(".css"),c=u?'[rel="stylesheet"]':"";if(document.querySelector(`link[href="${l}"]${c}`))return;const k=document.createElement("link");if(k.rel=u?"stylesheet":Ee,u||(k.as="script"),k.crossOrigin="",k.href=l,m&&k.setAttribute("nonce",m),document.head.appendChild(k),u)return new Promise((N,f)=>{k.addEventListener("load",N),k.addEventListener("error",()=>f(new Error(`Unable to preload CSS for ${l}`)))})}))}function r(s){const m=new Event("vite:preloadError",{cancelable:!0});if(m.payload=s,window.dispatchEvent(m),!m.defaultPrevented)throw s}return t.then(s=>{for(const m of s||[])m.status==="rejected"&&r(m.reason);return n().catch(r)})};var G={exports:{}},R={};/**
 * @license React
 * react-jsx-runtime.production.min.js
 *
 * Copyright (c) Facebook, Inc. and its affiliates.
 *
 * This source code is licensed under the MIT license found in the
 * LICENSE file in the root directory of this source tree.
 */var xe=o,Ce=Symbol.for("react.element"),Oe=Symbol.for("react.fragment"),we=Object.prototype.hasOwnProperty,Pe=xe.__SECRET_INTERNALS_DO_NOT_USE_OR_YOU_WILL_BE_FIRED.ReactCurrentOwner,qe={key:!0,ref:!0,__self:!0,__source:!0};function Q(e,n,i){var a,t={},r=null,s=null;i!==void 0&&(r=""+i),n.key!==void 0&&(r=""+n.key),n.ref!==void 0&&(s=n.ref);for(a in n)we.call(n,a)&&!qe.hasOwnProperty(a)&&(t[a]=n[a]);if(e&&e.defaultProps)for(a in n=e.defaultProps,n)t[a]===void 0&&(t[a]=n[a]);return{$$typeof:Ce,type:e,key:r,ref:s,props:t,_owner:Pe.current}}R.Fragment=Oe;R.jsx=Q;R.jsxs=Q;G.exports=R;var d=G.exports,X,B=Ie;X=B.createRoot,B.hydrateRoot;function je(e,n){if(e instanceof RegExp)return{keys:!1,pattern:e};var i,a,t,r,s=[],m="",l=e.split("/");for(l[0]||l.shift();t=l.shift();)i=t[0],i==="*"?(s.push(i),m+=t[1]==="?"?"(?:/(.*))?":"/(.*)"):i===":"?(a=t.indexOf("?",1),r=t.indexOf(".",1),s.push(t.substring(1,~a?a:~r?r:t.length)),m+=~a&&!~r?"(?:/([^/]+?))?":"/([^/]+?)",~r&&(m+=(~a?"?":"")+"\\"+t.substring(r))):m+="/"+t;return{keys:s,pattern:new RegExp("^"+m+(n?"(?=$|/)":"/?$"),"i")}}var Z={exports:{}},ee={};/**
 * @license React
 * use-sync-external-store-shim.production.js
 *
 * Copyright (c) Meta Platforms, Inc. and affiliates.
 *
 * This source code is licensed under the MIT license found in the
 * LICENSE file in the root directory of this source tree.
 */var D=o;function Be(e,n){return e===n&&(e!==0||1/e===1/n)||e!==e&&n!==n}var Le=typeof Object.is=="function"?Object.is:Be,Me=D.useState,Ue=D.useEffect,Ke=D.useLayoutEffect,We=D.useDebugValue;function He(e,n){var i=n(),a=Me({inst:{value:i,getSnapshot:n}}),t=a[0].inst,r=a[1];return Ke(function(){t.value=i,t.getSnapshot=n,E(t)&&r({inst:t})},[e,i,n]),Ue(function(){return E(t)&&r({inst:t}),e(function(){E(t)&&r({inst:t})})},[e]),We(i),i}function E(e){var n=e.getSnapshot;e=e.value;try{var i=n();return!Le(e,i)}catch{return!0}}function Ye(e,n){return n()}var ze=typeof window>"u"||typeof window.document>"u"||typeof window.document.createElement>"u"?Ye:He;ee.useSyncExternalStore=D.useSyncExternalStore!==void 0?D.useSyncExternalStore:ze;Z.exports=ee;var Je=Z.exports;const Ge=Se.useInsertionEffect,Qe=typeof window<"u"&&typeof window.document<"u"&&typeof window.document.createElement<"u",Xe=Qe?o.useLayoutEffect:o.useEffect,Ze=Ge||Xe,ne=e=>{const n=o.useRef([e,(...i)=>n[0](...i)]).current;return Ze(()=>{n[0]=e}),n[1]},L=["popstate","pushState","replaceState","hashchange"];let h=[];const M=()=>h.forEach(e=>e()),en=e=>(h.push(e)===1&&L.forEach(n=>addEventListener(n,M)),()=>{h=h.filter(n=>n!==e),h.length||L.forEach(n=>removeEventListener(n,M))}),ie=(e,n)=>Je.useSyncExternalStore(en,e,n),U=()=>location.search,nn=({ssrSearch:e}={})=>ie(U,e!=null?()=>e:U),K=()=>location.pathname,an=({ssrPath:e}={})=>ie(K,e!=null?()=>e:K),tn=(e,{replace:n=!1,state:i=null}={})=>history[n?"replaceState":"pushState"](i,"",e),dn=e=>[an(e),tn],W=Symbol.for("wouter_v3");if(typeof history<"u"&&typeof window[W]>"u"){for(const e of["pushState","replaceState"]){const n=history[e];history[e]=function(){const i=n.apply(this,arguments),a=new Event(e);return a.arguments=arguments,dispatchEvent(a),i}}Object.defineProperty(window,W,{value:!0})}const ae=(e="")=>e==="/"?"":e,rn=(e,n)=>e[0]==="~"?e.slice(1):ae(n)+e,te=(e,n)=>(e=H(ae(e)),n=H(n),!e||(n.toLowerCase()+"/").startsWith(e.toLowerCase()+"/")?n.slice(e.length)||"/":"~"+n),H=e=>{try{return e.includes("%")?decodeURI(e):e}catch{return e}},de={hook:dn,searchHook:nn,parser:je,base:"",ssrPath:void 0,ssrSearch:void 0,ssrContext:void 0,hrefs:e=>e,aroundNav:(e,n,i)=>e(n,i)},re=o.createContext(de),F=()=>o.useContext(re),le={},oe=o.createContext(le),ln=()=>o.useContext(oe),se=(e,n=e.base)=>te(n,e.hook(e)[0]),me=e=>{const[n,i]=e.hook(e);return[te(e.base,n),ne((a,t)=>e.aroundNav(i,rn(a,e.base),t))]},O=()=>me(F()),ue=(e,n,i,a)=>{const{pattern:t,keys:r}=n instanceof RegExp?{pattern:n}:e(n||"*",a),s=t.exec(i);if(!s)return[!1,null];const m={};for(let l=1;l<s.length;l++)m[l-1]=s[l];if(r)for(let l=0;l<r.length;l++)m[r[l]]=s[l+1];else Object.assign(m,s.groups);return a?[!0,m,s[0]]:[!0,m]},on=({children:e,...n})=>{const i=F(),a=n.hook?de:i;let t=a;if(n.ssrPath){const[l,u=n.ssrSearch??""]=n.ssrPath.split("?");l&&(n.ssrSearch=u,n.ssrPath=l)}n.hrefs=n.hrefs??n.hook?.hrefs,n.searchHook=n.searchHook??n.hook?.searchHook;let r=o.useRef(a),s=r.current,m=s;for(let l in a){const u=l==="base"?a[l]+(n[l]??""):n[l]??a[l];u!==m[l]&&(s===m&&(r.current=m={...m}),m[l]=u),(u!==a[l]||u!==t[l])&&(t=m)}return o.createElement(re.Provider,{value:t},e)},sn=({children:e,component:n},i)=>n?o.createElement(n,{params:i}):typeof e=="function"?e(i):e,mn=e=>{let n=o.useRef(le);const i=n.current,a=Object.keys(e);return n.current=a.length!==Object.keys(i).length||a.some(t=>e[t]!==i[t])?e:i},un=({path:e,nest:n,match:i,...a})=>{const t=F(),r=se(t),[s,m,l]=i??ue(t.parser,e,r,n),u=mn({...ln(),...m});if(!s)return null;const c=sn(a,u);return o.createElement(oe.Provider,{value:u},l?o.createElement(on,{base:l},c):c)},cn=o.forwardRef((e,n)=>{const i=F(),[a,t]=me(i),{to:r="",href:s=r,onClick:m,asChild:l,children:u,className:c,replace:k,state:N,transition:f,...y}=e;return y.onClick=ne(v=>{v.ctrlKey||v.metaKey||v.altKey||v.shiftKey||v.button!==0||(m?.(v),v.defaultPrevented||(v.preventDefault(),t(s,e)))}),y.href=i.hrefs(s[0]==="~"?s.slice(1):i.base+s,i),c!==void 0&&(y.className=c?.call?c(a===s):c),n&&(y.ref=n),l&&o.isValidElement(u)?o.cloneElement(u,y):o.createElement("a",y,u)}),ce=(e,n=[])=>{if(Array.isArray(e))for(const i of e)ce(i&&i.type===o.Fragment?i.props.children:i,n);else n.push(e);return n},kn=({children:e,location:n})=>{const i=F(),a=se(i);for(const t of ce(e)){let r=0;if(o.isValidElement(t)&&(r=ue(i.parser,t.props.path,n||a,t.props.nest))[0])return o.cloneElement(t,{match:r})}return null},vn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Audit"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"first"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"after"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"action"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"target"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"from"}},type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"to"}},type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"actorSub"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"actorNation"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"outcome"}},type:{kind:"NamedType",name:{kind:"Name",value:"AuditOutcome"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"targetType"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"auditLog"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"Variable",name:{kind:"Name",value:"first"}}},{kind:"Argument",name:{kind:"Name",value:"after"},value:{kind:"Variable",name:{kind:"Name",value:"after"}}},{kind:"Argument",name:{kind:"Name",value:"action"},value:{kind:"Variable",name:{kind:"Name",value:"action"}}},{kind:"Argument",name:{kind:"Name",value:"target"},value:{kind:"Variable",name:{kind:"Name",value:"target"}}},{kind:"Argument",name:{kind:"Name",value:"from"},value:{kind:"Variable",name:{kind:"Name",value:"from"}}},{kind:"Argument",name:{kind:"Name",value:"to"},value:{kind:"Variable",name:{kind:"Name",value:"to"}}},{kind:"Argument",name:{kind:"Name",value:"actorSub"},value:{kind:"Variable",name:{kind:"Name",value:"actorSub"}}},{kind:"Argument",name:{kind:"Name",value:"actorNation"},value:{kind:"Variable",name:{kind:"Name",value:"actorNation"}}},{kind:"Argument",name:{kind:"Name",value:"outcome"},value:{kind:"Variable",name:{kind:"Name",value:"outcome"}}},{kind:"Argument",name:{kind:"Name",value:"targetType"},value:{kind:"Variable",name:{kind:"Name",value:"targetType"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"pageInfo"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"hasNextPage"}},{kind:"Field",name:{kind:"Name",value:"endCursor"}}]}},{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"at"}},{kind:"Field",name:{kind:"Name",value:"actor"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"sub"}},{kind:"Field",name:{kind:"Name",value:"role"}},{kind:"Field",name:{kind:"Name",value:"nation"}}]}},{kind:"Field",name:{kind:"Name",value:"action"}},{kind:"Field",name:{kind:"Name",value:"target"}},{kind:"Field",name:{kind:"Name",value:"targetType"}},{kind:"Field",name:{kind:"Name",value:"outcome"}},{kind:"Field",name:{kind:"Name",value:"detail"}},{kind:"Field",name:{kind:"Name",value:"reason"}},{kind:"Field",name:{kind:"Name",value:"changes"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"field"}},{kind:"Field",name:{kind:"Name",value:"before"}},{kind:"Field",name:{kind:"Name",value:"after"}}]}}]}}]}}]}}]}}]},pn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Fund"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at1"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at2"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at3"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at4"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at5"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at6"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at7"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at8"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at9"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at10"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at11"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"at12"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"history"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Boolean"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"from"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",alias:{kind:"Name",value:"history"},name:{kind:"Name",value:"fundHistory"},arguments:[{kind:"Argument",name:{kind:"Name",value:"from"},value:{kind:"Variable",name:{kind:"Name",value:"from"}}}],directives:[{kind:"Directive",name:{kind:"Name",value:"include"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"history"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"area"}},{kind:"Field",name:{kind:"Name",value:"months"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"start"}},{kind:"Field",name:{kind:"Name",value:"figures"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}}]}}]}},{kind:"Field",name:{kind:"Name",value:"fund"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"pledged"}},{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"available"}},{kind:"Field",name:{kind:"Name",value:"inKind"}},{kind:"Field",name:{kind:"Name",value:"contributors"}},{kind:"Field",name:{kind:"Name",value:"byArea"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"area"}},{kind:"Field",name:{kind:"Name",value:"contributors"}},{kind:"Field",name:{kind:"Name",value:"pledged"}},{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"available"}},{kind:"Field",name:{kind:"Name",value:"suppressedReason"}}]}}]}},{kind:"Field",alias:{kind:"Name",value:"h1"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at1"}}}],directives:[{kind:"Directive",name:{kind:"Name",value:"skip"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"history"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h2"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at2"}}}],directives:[{kind:"Directive",name:{kind:"Name",value:"skip"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"history"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h3"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at3"}}}],directives:[{kind:"Directive",name:{kind:"Name",value:"skip"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"history"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h4"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at4"}}}],directives:[{kind:"Directive",name:{kind:"Name",value:"skip"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"history"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h5"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at5"}}}],directives:[{kind:"Directive",name:{kind:"Name",value:"skip"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"history"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h6"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at6"}}}],directives:[{kind:"Directive",name:{kind:"Name",value:"skip"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"history"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h7"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at7"}}}],directives:[{kind:"Directive",name:{kind:"Name",value:"skip"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"history"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h8"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at8"}}}],directives:[{kind:"Directive",name:{kind:"Name",value:"skip"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"history"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h9"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at9"}}}],directives:[{kind:"Directive",name:{kind:"Name",value:"skip"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"history"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h10"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at10"}}}],directives:[{kind:"Directive",name:{kind:"Name",value:"skip"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"history"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h11"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at11"}}}],directives:[{kind:"Directive",name:{kind:"Name",value:"skip"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"history"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}},{kind:"Field",alias:{kind:"Name",value:"h12"},name:{kind:"Name",value:"fund"},arguments:[{kind:"Argument",name:{kind:"Name",value:"asOf"},value:{kind:"Variable",name:{kind:"Name",value:"at12"}}}],directives:[{kind:"Directive",name:{kind:"Name",value:"skip"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"history"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"received"}},{kind:"Field",name:{kind:"Name",value:"committed"}},{kind:"Field",name:{kind:"Name",value:"pledged"}}]}}]}}]},Nn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Nations"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"nations"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"300"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"name"}},{kind:"Field",name:{kind:"Name",value:"role"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"joinedAt"}},{kind:"Field",name:{kind:"Name",value:"suspendedReason"}}]}}]}}]}}]}}]},fn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"AdmitNation"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"AdmitNationInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"admitNation"},arguments:[{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"name"}},{kind:"Field",name:{kind:"Name",value:"role"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"joinedAt"}}]}}]}}]},yn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"SetNationRole"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"code"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"role"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"NationRole"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"setNationRole"},arguments:[{kind:"Argument",name:{kind:"Name",value:"code"},value:{kind:"Variable",name:{kind:"Name",value:"code"}}},{kind:"Argument",name:{kind:"Name",value:"role"},value:{kind:"Variable",name:{kind:"Name",value:"role"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"role"}}]}}]}}]},bn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"SuspendNation"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"code"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reason"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"suspendNation"},arguments:[{kind:"Argument",name:{kind:"Name",value:"code"},value:{kind:"Variable",name:{kind:"Name",value:"code"}}},{kind:"Argument",name:{kind:"Name",value:"reason"},value:{kind:"Variable",name:{kind:"Name",value:"reason"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"suspendedReason"}}]}}]}}]},gn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ReinstateNation"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"code"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"reinstateNation"},arguments:[{kind:"Argument",name:{kind:"Name",value:"code"},value:{kind:"Variable",name:{kind:"Name",value:"code"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"suspendedReason"}}]}}]}}]},Sn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Orders"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"canDraft"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Boolean"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"seeValue"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Boolean"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"seeFunding"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Boolean"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"orders"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"200"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"supplier"}},{kind:"Field",name:{kind:"Name",value:"amount"}},{kind:"Field",name:{kind:"Name",value:"draftedBy"}},{kind:"Field",name:{kind:"Name",value:"approvedBy"}},{kind:"Field",name:{kind:"Name",value:"draftedAt"}},{kind:"Field",name:{kind:"Name",value:"placedAt"}},{kind:"Field",name:{kind:"Name",value:"deliveredAt"}},{kind:"Field",name:{kind:"Name",value:"version"}},{kind:"Field",name:{kind:"Name",value:"contractReference"}},{kind:"Field",name:{kind:"Name",value:"agent"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"kind"}},{kind:"Field",name:{kind:"Name",value:"country"}},{kind:"Field",name:{kind:"Name",value:"name"}}]}},{kind:"Field",name:{kind:"Name",value:"request"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"title"}},{kind:"Field",name:{kind:"Name",value:"area"}}]}},{kind:"Field",name:{kind:"Name",value:"approvals"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"by"}},{kind:"Field",name:{kind:"Name",value:"nation"}},{kind:"Field",name:{kind:"Name",value:"at"}}]}},{kind:"Field",name:{kind:"Name",value:"awaiting"}},{kind:"Field",name:{kind:"Name",value:"deliveries"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"value"},directives:[{kind:"Directive",name:{kind:"Name",value:"include"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"seeValue"}}}]}]},{kind:"Field",name:{kind:"Name",value:"date"}},{kind:"Field",name:{kind:"Name",value:"reference"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"whole"}},{kind:"Field",name:{kind:"Name",value:"recordedBy"}},{kind:"Field",name:{kind:"Name",value:"recordedAt"}},{kind:"Field",name:{kind:"Name",value:"decidedBy"}},{kind:"Field",name:{kind:"Name",value:"decidedAt"}},{kind:"Field",name:{kind:"Name",value:"rejectReason"}},{kind:"Field",name:{kind:"Name",value:"version"}}]}},{kind:"Field",name:{kind:"Name",value:"funding"},directives:[{kind:"Directive",name:{kind:"Name",value:"include"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"seeFunding"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"area"}},{kind:"Field",name:{kind:"Name",value:"amount"}},{kind:"Field",name:{kind:"Name",value:"contributions"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"contributionId"}},{kind:"Field",name:{kind:"Name",value:"amount"}}]}}]}},{kind:"Field",name:{kind:"Name",value:"amendments"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"from"},directives:[{kind:"Directive",name:{kind:"Name",value:"include"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"seeValue"}}}]}]},{kind:"Field",name:{kind:"Name",value:"to"},directives:[{kind:"Directive",name:{kind:"Name",value:"include"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"seeValue"}}}]}]},{kind:"Field",name:{kind:"Name",value:"reason"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"proposedBy"}},{kind:"Field",name:{kind:"Name",value:"proposedAt"}},{kind:"Field",name:{kind:"Name",value:"awaiting"}},{kind:"Field",name:{kind:"Name",value:"approvals"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"by"}},{kind:"Field",name:{kind:"Name",value:"nation"}},{kind:"Field",name:{kind:"Name",value:"at"}}]}},{kind:"Field",name:{kind:"Name",value:"appliedAt"}},{kind:"Field",name:{kind:"Name",value:"version"}}]}}]}}]}}]}},{kind:"Field",alias:{kind:"Name",value:"approved"},name:{kind:"Name",value:"requests"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"200"}},{kind:"Argument",name:{kind:"Name",value:"status"},value:{kind:"EnumValue",value:"APPROVED"}}],directives:[{kind:"Directive",name:{kind:"Name",value:"include"},arguments:[{kind:"Argument",name:{kind:"Name",value:"if"},value:{kind:"Variable",name:{kind:"Name",value:"canDraft"}}}]}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"title"}}]}}]}}]}}]}}]},Dn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"DraftOrder"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"DraftOrderInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"draftOrder"},arguments:[{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},hn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ApproveOrder"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"approveOrder"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"version"}},{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"approvedBy"}},{kind:"Field",name:{kind:"Name",value:"placedAt"}}]}}]}}]},Fn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"CancelOrder"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"cancelOrder"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"version"}},{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},Vn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ConfirmDelivery"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"confirmDelivery"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"version"}},{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"deliveredAt"}}]}}]}}]},An={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"DraftSuppliers"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"suppliers"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"200"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"name"}},{kind:"Field",name:{kind:"Name",value:"country"}}]}}]}}]}}]}}]},Rn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"RecordDelivery"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"order"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"value"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Money"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"date"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reference"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"recordDelivery"},arguments:[{kind:"Argument",name:{kind:"Name",value:"order"},value:{kind:"Variable",name:{kind:"Name",value:"order"}}},{kind:"Argument",name:{kind:"Name",value:"value"},value:{kind:"Variable",name:{kind:"Name",value:"value"}}},{kind:"Argument",name:{kind:"Name",value:"date"},value:{kind:"Variable",name:{kind:"Name",value:"date"}}},{kind:"Argument",name:{kind:"Name",value:"reference"},value:{kind:"Variable",name:{kind:"Name",value:"reference"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},$n={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"AcceptDelivery"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"acceptDelivery"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"decidedBy"}},{kind:"Field",name:{kind:"Name",value:"decidedAt"}},{kind:"Field",name:{kind:"Name",value:"version"}}]}}]}}]},Tn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"RejectDelivery"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reason"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"rejectDelivery"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"reason"},value:{kind:"Variable",name:{kind:"Name",value:"reason"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"decidedBy"}},{kind:"Field",name:{kind:"Name",value:"decidedAt"}},{kind:"Field",name:{kind:"Name",value:"rejectReason"}},{kind:"Field",name:{kind:"Name",value:"version"}}]}}]}}]},In={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"AmendOrder"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"amount"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Money"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reason"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"justification"}},type:{kind:"NamedType",name:{kind:"Name",value:"String"}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"amendOrder"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"amount"},value:{kind:"Variable",name:{kind:"Name",value:"amount"}}},{kind:"Argument",name:{kind:"Name",value:"reason"},value:{kind:"Variable",name:{kind:"Name",value:"reason"}}},{kind:"Argument",name:{kind:"Name",value:"justification"},value:{kind:"Variable",name:{kind:"Name",value:"justification"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"version"}}]}}]}}]},En={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ApproveAmendment"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"approveAmendment"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"version"}}]}}]}}]},_n={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"WithdrawAmendment"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"withdrawAmendment"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"version"}}]}}]}}]},xn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"People"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"people"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"1000"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"totalCount"}},{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"issuer"}},{kind:"Field",name:{kind:"Name",value:"sub"}},{kind:"Field",name:{kind:"Name",value:"nation"}},{kind:"Field",name:{kind:"Name",value:"role"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"reason"}},{kind:"Field",name:{kind:"Name",value:"firstSeen"}},{kind:"Field",name:{kind:"Name",value:"lastSeen"}}]}}]}}]}}]}}]},Cn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"SuspendPerson"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"issuer"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"sub"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reason"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"suspendPerson"},arguments:[{kind:"Argument",name:{kind:"Name",value:"issuer"},value:{kind:"Variable",name:{kind:"Name",value:"issuer"}}},{kind:"Argument",name:{kind:"Name",value:"sub"},value:{kind:"Variable",name:{kind:"Name",value:"sub"}}},{kind:"Argument",name:{kind:"Name",value:"reason"},value:{kind:"Variable",name:{kind:"Name",value:"reason"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"issuer"}},{kind:"Field",name:{kind:"Name",value:"sub"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"reason"}}]}}]}}]},On={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ReinstatePerson"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"issuer"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"sub"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reason"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"reinstatePerson"},arguments:[{kind:"Argument",name:{kind:"Name",value:"issuer"},value:{kind:"Variable",name:{kind:"Name",value:"issuer"}}},{kind:"Argument",name:{kind:"Name",value:"sub"},value:{kind:"Variable",name:{kind:"Name",value:"sub"}}},{kind:"Argument",name:{kind:"Name",value:"reason"},value:{kind:"Variable",name:{kind:"Name",value:"reason"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"issuer"}},{kind:"Field",name:{kind:"Name",value:"sub"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"reason"}}]}}]}}]},wn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"RecordReceipt"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ReceiptInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"recordReceipt"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},Pn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"RecordInKindDelivery"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"value"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Money"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"recordInKindDelivery"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"value"},value:{kind:"Variable",name:{kind:"Name",value:"value"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"version"}},{kind:"Field",name:{kind:"Name",value:"inKind"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"delivery"}},{kind:"Field",name:{kind:"Name",value:"deliveredValue"}},{kind:"Field",name:{kind:"Name",value:"deliveredAt"}}]}}]}}]}}]},qn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Contributions"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"contributions"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"200"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"nation"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"name"}}]}},{kind:"Field",name:{kind:"Name",value:"kind"}},{kind:"Field",name:{kind:"Name",value:"amount"}},{kind:"Field",name:{kind:"Name",value:"currency"}},{kind:"Field",name:{kind:"Name",value:"eurAmount"}},{kind:"Field",name:{kind:"Name",value:"receivedEur"}},{kind:"Field",name:{kind:"Name",value:"earmark"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"pledgedAt"}},{kind:"Field",name:{kind:"Name",value:"receivedAt"}},{kind:"Field",name:{kind:"Name",value:"rate"}},{kind:"Field",name:{kind:"Name",value:"version"}},{kind:"Field",name:{kind:"Name",value:"outstanding"}},{kind:"Field",name:{kind:"Name",value:"inKind"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"basis"}},{kind:"Field",name:{kind:"Name",value:"description"}},{kind:"Field",name:{kind:"Name",value:"delivery"}},{kind:"Field",name:{kind:"Name",value:"deliveredValue"}},{kind:"Field",name:{kind:"Name",value:"deliveredAt"}}]}},{kind:"Field",name:{kind:"Name",value:"receipts"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"amount"}},{kind:"Field",name:{kind:"Name",value:"currency"}},{kind:"Field",name:{kind:"Name",value:"eurAmount"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"valueDate"}}]}},{kind:"Field",name:{kind:"Name",value:"allocations"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"orderId"}},{kind:"Field",name:{kind:"Name",value:"area"}},{kind:"Field",name:{kind:"Name",value:"amount"}},{kind:"Field",name:{kind:"Name",value:"order"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"request"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"title"}}]}}]}}]}}]}}]}}]}}]}}]},jn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"PledgeContribution"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"PledgeInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"pledgeContribution"},arguments:[{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},Bn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"CancelContribution"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"cancelContribution"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},Ln={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"CommitContribution"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reference"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"signedOn"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Time"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"commitContribution"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"reference"},value:{kind:"Variable",name:{kind:"Name",value:"reference"}}},{kind:"Argument",name:{kind:"Name",value:"signedOn"},value:{kind:"Variable",name:{kind:"Name",value:"signedOn"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},Mn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Receipts"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"receipts"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"1000"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"amount"}},{kind:"Field",name:{kind:"Name",value:"currency"}},{kind:"Field",name:{kind:"Name",value:"rate"}},{kind:"Field",name:{kind:"Name",value:"rateSource"}},{kind:"Field",name:{kind:"Name",value:"eurAmount"}},{kind:"Field",name:{kind:"Name",value:"valueDate"}},{kind:"Field",name:{kind:"Name",value:"reference"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"recordedBy"}},{kind:"Field",name:{kind:"Name",value:"recordedAt"}},{kind:"Field",name:{kind:"Name",value:"confirmedBy"}},{kind:"Field",name:{kind:"Name",value:"confirmedAt"}},{kind:"Field",name:{kind:"Name",value:"version"}},{kind:"Field",name:{kind:"Name",value:"reversal"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"reason"}},{kind:"Field",name:{kind:"Name",value:"requestedBy"}},{kind:"Field",name:{kind:"Name",value:"requestedAt"}},{kind:"Field",name:{kind:"Name",value:"confirmedBy"}},{kind:"Field",name:{kind:"Name",value:"confirmedAt"}}]}},{kind:"Field",name:{kind:"Name",value:"contribution"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"nation"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"code"}},{kind:"Field",name:{kind:"Name",value:"name"}}]}}]}}]}}]}}]}}]}}]},Un={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ConfirmReceipt"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"confirmReceipt"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"confirmedBy"}},{kind:"Field",name:{kind:"Name",value:"confirmedAt"}},{kind:"Field",name:{kind:"Name",value:"version"}},{kind:"Field",name:{kind:"Name",value:"reversal"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"reason"}},{kind:"Field",name:{kind:"Name",value:"requestedBy"}},{kind:"Field",name:{kind:"Name",value:"requestedAt"}},{kind:"Field",name:{kind:"Name",value:"confirmedBy"}},{kind:"Field",name:{kind:"Name",value:"confirmedAt"}}]}}]}}]}}]},Kn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ReverseReceipt"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reason"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"reverseReceipt"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"reason"},value:{kind:"Variable",name:{kind:"Name",value:"reason"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"version"}},{kind:"Field",name:{kind:"Name",value:"reversal"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"reason"}},{kind:"Field",name:{kind:"Name",value:"requestedBy"}},{kind:"Field",name:{kind:"Name",value:"requestedAt"}},{kind:"Field",name:{kind:"Name",value:"confirmedBy"}},{kind:"Field",name:{kind:"Name",value:"confirmedAt"}}]}}]}}]}}]},Wn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"DeclineReversal"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}},type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"declineReversal"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"expectedVersion"},value:{kind:"Variable",name:{kind:"Name",value:"expectedVersion"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"version"}},{kind:"Field",name:{kind:"Name",value:"reversal"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"reason"}},{kind:"Field",name:{kind:"Name",value:"requestedBy"}},{kind:"Field",name:{kind:"Name",value:"requestedAt"}},{kind:"Field",name:{kind:"Name",value:"confirmedBy"}},{kind:"Field",name:{kind:"Name",value:"confirmedAt"}}]}}]}}]}}]},Hn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Requests"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"requests"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"500"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"title"}},{kind:"Field",name:{kind:"Name",value:"description"}},{kind:"Field",name:{kind:"Name",value:"area"}},{kind:"Field",name:{kind:"Name",value:"phase"}},{kind:"Field",name:{kind:"Name",value:"priority"}},{kind:"Field",name:{kind:"Name",value:"estimatedCost"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"rejectReason"}},{kind:"Field",name:{kind:"Name",value:"createdAt"}}]}}]}}]}}]}}]},Yn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"CreateRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"CreateRequestInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"createRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},zn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"UpdateRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"UpdateRequestInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"updateRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"title"}},{kind:"Field",name:{kind:"Name",value:"description"}},{kind:"Field",name:{kind:"Name",value:"area"}},{kind:"Field",name:{kind:"Name",value:"estimatedCost"}}]}}]}}]},Jn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"SubmitRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"submitRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"priority"}}]}}]}}]},Gn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ReprioritizeRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"priority"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"Int"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"reprioritizeRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"priority"},value:{kind:"Variable",name:{kind:"Name",value:"priority"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"priority"}}]}}]}}]},Qn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"WithdrawRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"withdrawRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"priority"}}]}}]}}]},Xn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"ApproveRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"approveRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}}]}}]}}]},Zn={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"RejectRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}},{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"reason"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"String"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"rejectRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}},{kind:"Argument",name:{kind:"Name",value:"reason"},value:{kind:"Variable",name:{kind:"Name",value:"reason"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"priority"}},{kind:"Field",name:{kind:"Name",value:"rejectReason"}}]}}]}}]},ei={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"FulfillRequest"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"id"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"fulfillRequest"},arguments:[{kind:"Argument",name:{kind:"Name",value:"id"},value:{kind:"Variable",name:{kind:"Name",value:"id"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"status"}},{kind:"Field",name:{kind:"Name",value:"priority"}}]}}]}}]},ni={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Suppliers"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"suppliers"},arguments:[{kind:"Argument",name:{kind:"Name",value:"first"},value:{kind:"IntValue",value:"1000"}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"totalCount"}},{kind:"Field",name:{kind:"Name",value:"edges"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"node"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"name"}},{kind:"Field",name:{kind:"Name",value:"country"}},{kind:"Field",name:{kind:"Name",value:"identifierKind"}},{kind:"Field",name:{kind:"Name",value:"identifier"}},{kind:"Field",name:{kind:"Name",value:"registeredBy"}},{kind:"Field",name:{kind:"Name",value:"registeredAt"}}]}}]}}]}}]}}]},ii={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"mutation",name:{kind:"Name",value:"RegisterSupplier"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"input"}},type:{kind:"NonNullType",type:{kind:"NamedType",name:{kind:"Name",value:"RegisterSupplierInput"}}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"registerSupplier"},arguments:[{kind:"Argument",name:{kind:"Name",value:"input"},value:{kind:"Variable",name:{kind:"Name",value:"input"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"name"}},{kind:"Field",name:{kind:"Name",value:"country"}},{kind:"Field",name:{kind:"Name",value:"identifierKind"}},{kind:"Field",name:{kind:"Name",value:"identifier"}},{kind:"Field",name:{kind:"Name",value:"registeredBy"}},{kind:"Field",name:{kind:"Name",value:"registeredAt"}}]}}]}}]},ai={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"query",name:{kind:"Name",value:"Me"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"me"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"sub"}},{kind:"Field",name:{kind:"Name",value:"role"}},{kind:"Field",name:{kind:"Name",value:"nation"}},{kind:"Field",name:{kind:"Name",value:"permissions"},selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"resource"}},{kind:"Field",name:{kind:"Name",value:"action"}},{kind:"Field",name:{kind:"Name",value:"scope"}}]}}]}}]}}]},ti={kind:"Document",definitions:[{kind:"OperationDefinition",operation:"subscription",name:{kind:"Name",value:"LiveEvents"},variableDefinitions:[{kind:"VariableDefinition",variable:{kind:"Variable",name:{kind:"Name",value:"after"}},type:{kind:"NamedType",name:{kind:"Name",value:"ID"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"auditEvents"},arguments:[{kind:"Argument",name:{kind:"Name",value:"after"},value:{kind:"Variable",name:{kind:"Name",value:"after"}}}],selectionSet:{kind:"SelectionSet",selections:[{kind:"Field",name:{kind:"Name",value:"id"}},{kind:"Field",name:{kind:"Name",value:"action"}},{kind:"Field",name:{kind:"Name",value:"target"}}]}}]}}]},di={"\n  query Audit(\n    $first: Int!\n    $after: String\n    $action: String\n    $target: String\n    $from: Time\n    $to: Time\n    $actorSub: String\n    $actorNation: String\n    $outcome: AuditOutcome\n    $targetType: String\n  ) {\n    auditLog(\n      first: $first\n      after: $after\n      action: $action\n      target: $target\n      from: $from\n      to: $to\n      actorSub: $actorSub\n      actorNation: $actorNation\n      outcome: $outcome\n      targetType: $targetType\n    ) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actor {\n            sub\n            role\n            nation\n          }\n          action\n          target\n          targetType\n          outcome\n          detail\n          reason\n          changes {\n            field\n            before\n            after\n          }\n        }\n      }\n    }\n  }\n":vn,"\n  query Fund($at1: Time!, $at2: Time!, $at3: Time!, $at4: Time!, $at5: Time!, $at6: Time!, $at7: Time!, $at8: Time!, $at9: Time!, $at10: Time!, $at11: Time!, $at12: Time!, $history: Boolean!, $from: Time!) {\n    history: fundHistory(from: $from) @include(if: $history) {\n      area\n      months {\n        start\n        figures {\n          received\n          committed\n          pledged\n        }\n      }\n    }\n    fund {\n      pledged\n      received\n      committed\n      available\n      inKind\n      contributors\n      byArea {\n        area\n        contributors\n        pledged\n        received\n        committed\n        available\n        suppressedReason\n      }\n    }\n    h1: fund(asOf: $at1) @skip(if: $history) {\n      received\n      committed\n      pledged\n    }\n    h2: fund(asOf: $at2) @skip(if: $history) {\n      received\n      committed\n      pledged\n    }\n    h3: fund(asOf: $at3) @skip(if: $history) {\n      received\n      committed\n      pledged\n    }\n    h4: fund(asOf: $at4) @skip(if: $history) {\n      received\n      committed\n      pledged\n    }\n    h5: fund(asOf: $at5) @skip(if: $history) {\n      received\n      committed\n      pledged\n    }\n    h6: fund(asOf: $at6) @skip(if: $history) {\n      received\n      committed\n      pledged\n    }\n    h7: fund(asOf: $at7) @skip(if: $history) {\n      received\n      committed\n      pledged\n    }\n    h8: fund(asOf: $at8) @skip(if: $history) {\n      received\n      committed\n      pledged\n    }\n    h9: fund(asOf: $at9) @skip(if: $history) {\n      received\n      committed\n      pledged\n    }\n    h10: fund(asOf: $at10) @skip(if: $history) {\n      received\n      committed\n      pledged\n    }\n    h11: fund(asOf: $at11) @skip(if: $history) {\n      received\n      committed\n      pledged\n    }\n    h12: fund(asOf: $at12) @skip(if: $history) {\n      received\n      committed\n      pledged\n    }\n  }\n":pn,"\n  query Nations {\n    nations(first: 300) {\n      edges {\n        node {\n          code\n          name\n          role\n          status\n          joinedAt\n          suspendedReason\n        }\n      }\n    }\n  }\n":Nn,"\n  mutation AdmitNation($input: AdmitNationInput!) {\n    admitNation(input: $input) {\n      code\n      name\n      role\n      status\n      joinedAt\n    }\n  }\n":fn,"\n  mutation SetNationRole($code: String!, $role: NationRole!) {\n    setNationRole(code: $code, role: $role) {\n      code\n      role\n    }\n  }\n":yn,"\n  mutation SuspendNation($code: String!, $reason: String!) {\n    suspendNation(code: $code, reason: $reason) {\n      code\n      status\n      suspendedReason\n    }\n  }\n":bn,"\n  mutation ReinstateNation($code: String!) {\n    reinstateNation(code: $code) {\n      code\n      status\n      suspendedReason\n    }\n  }\n":gn,"\n  query Orders($canDraft: Boolean!, $seeValue: Boolean!, $seeFunding: Boolean!) {\n    orders(first: 200) {\n      edges {\n        node {\n          id\n          status\n          supplier\n          amount\n          draftedBy\n          approvedBy\n          draftedAt\n          placedAt\n          deliveredAt\n          version\n          contractReference\n          agent {\n            kind\n            country\n            name\n          }\n          request {\n            id\n            title\n            area\n          }\n          approvals {\n            by\n            nation\n            at\n          }\n          awaiting\n          deliveries {\n            id\n            value @include(if: $seeValue)\n            date\n            reference\n            status\n            whole\n            recordedBy\n            recordedAt\n            decidedBy\n            decidedAt\n            rejectReason\n            version\n          }\n          funding @include(if: $seeFunding) {\n            area\n            amount\n            contributions {\n              contributionId\n              amount\n            }\n          }\n          amendments {\n            id\n            from @include(if: $seeValue)\n            to @include(if: $seeValue)\n            reason\n            status\n            proposedBy\n            proposedAt\n            awaiting\n            approvals {\n              by\n              nation\n              at\n            }\n            appliedAt\n            version\n          }\n        }\n      }\n    }\n    approved: requests(first: 200, status: APPROVED) @include(if: $canDraft) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Sn,"\n  mutation DraftOrder($input: DraftOrderInput!) {\n    draftOrder(input: $input) {\n      id\n      status\n    }\n  }\n":Dn,"\n  mutation ApproveOrder($id: ID!, $expectedVersion: Int) {\n    approveOrder(id: $id, expectedVersion: $expectedVersion) {\n      version\n      id\n      status\n      approvedBy\n      placedAt\n    }\n  }\n":hn,"\n  mutation CancelOrder($id: ID!, $expectedVersion: Int) {\n    cancelOrder(id: $id, expectedVersion: $expectedVersion) {\n      version\n      id\n      status\n    }\n  }\n":Fn,"\n  mutation ConfirmDelivery($id: ID!, $expectedVersion: Int) {\n    confirmDelivery(id: $id, expectedVersion: $expectedVersion) {\n      version\n      id\n      status\n      deliveredAt\n    }\n  }\n":Vn,"\n  query DraftSuppliers {\n    suppliers(first: 200) {\n      edges {\n        node {\n          id\n          name\n          country\n        }\n      }\n    }\n  }\n":An,"\n  mutation RecordDelivery($order: ID!, $value: Money!, $date: String!, $reference: String!, $expectedVersion: Int) {\n    recordDelivery(order: $order, value: $value, date: $date, reference: $reference, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n":Rn,"\n  mutation AcceptDelivery($id: ID!, $expectedVersion: Int) {\n    acceptDelivery(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      decidedBy\n      decidedAt\n      version\n    }\n  }\n":$n,"\n  mutation RejectDelivery($id: ID!, $reason: String!, $expectedVersion: Int) {\n    rejectDelivery(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      status\n      decidedBy\n      decidedAt\n      rejectReason\n      version\n    }\n  }\n":Tn,"\n  mutation AmendOrder($id: ID!, $amount: Money!, $reason: String!, $justification: String, $expectedVersion: Int) {\n    amendOrder(id: $id, amount: $amount, reason: $reason, justification: $justification, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n":In,"\n  mutation ApproveAmendment($id: ID!, $expectedVersion: Int) {\n    approveAmendment(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n":En,"\n  mutation WithdrawAmendment($id: ID!, $expectedVersion: Int) {\n    withdrawAmendment(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n    }\n  }\n":_n,"\n  query People {\n    people(first: 1000) {\n      totalCount\n      edges {\n        node {\n          issuer\n          sub\n          nation\n          role\n          status\n          reason\n          firstSeen\n          lastSeen\n        }\n      }\n    }\n  }\n":xn,"\n  mutation SuspendPerson($issuer: String!, $sub: String!, $reason: String!) {\n    suspendPerson(issuer: $issuer, sub: $sub, reason: $reason) {\n      issuer\n      sub\n      status\n      reason\n    }\n  }\n":Cn,"\n  mutation ReinstatePerson($issuer: String!, $sub: String!, $reason: String!) {\n    reinstatePerson(issuer: $issuer, sub: $sub, reason: $reason) {\n      issuer\n      sub\n      status\n      reason\n    }\n  }\n":On,"\n  mutation RecordReceipt($id: ID!, $input: ReceiptInput!) {\n    recordReceipt(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n":wn,"\n  mutation RecordInKindDelivery($id: ID!, $value: Money!, $expectedVersion: Int) {\n    recordInKindDelivery(id: $id, value: $value, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      inKind {\n        delivery\n        deliveredValue\n        deliveredAt\n      }\n    }\n  }\n":Pn,"\n  query Contributions {\n    contributions(first: 200) {\n      edges {\n        node {\n          id\n          nation {\n            code\n            name\n          }\n          kind\n          amount\n          currency\n          eurAmount\n          receivedEur\n          earmark\n          status\n          pledgedAt\n          receivedAt\n          rate\n          version\n          outstanding\n          inKind {\n            basis\n            description\n            delivery\n            deliveredValue\n            deliveredAt\n          }\n          receipts {\n            id\n            amount\n            currency\n            eurAmount\n            status\n            valueDate\n          }\n          allocations {\n            orderId\n            area\n            amount\n            order {\n              id\n              status\n              request {\n                id\n                title\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n":qn,"\n  mutation PledgeContribution($input: PledgeInput!) {\n    pledgeContribution(input: $input) {\n      id\n      status\n    }\n  }\n":jn,"\n  mutation CancelContribution($id: ID!, $expectedVersion: Int) {\n    cancelContribution(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n    }\n  }\n":Bn,"\n  mutation CommitContribution($id: ID!, $reference: String!, $signedOn: Time!) {\n    commitContribution(id: $id, reference: $reference, signedOn: $signedOn) {\n      id\n      status\n    }\n  }\n":Ln,"\n  query Receipts {\n    receipts(first: 1000) {\n      edges {\n        node {\n          id\n          amount\n          currency\n          rate\n          rateSource\n          eurAmount\n          valueDate\n          reference\n          status\n          recordedBy\n          recordedAt\n          confirmedBy\n          confirmedAt\n          version\n          reversal {\n            reason\n            requestedBy\n            requestedAt\n            confirmedBy\n            confirmedAt\n          }\n          contribution {\n            id\n            nation {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n":Mn,"\n  mutation ConfirmReceipt($id: ID!, $expectedVersion: Int) {\n    confirmReceipt(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      confirmedBy\n      confirmedAt\n      version\n      reversal {\n        reason\n        requestedBy\n        requestedAt\n        confirmedBy\n        confirmedAt\n      }\n    }\n  }\n":Un,"\n  mutation ReverseReceipt($id: ID!, $reason: String!, $expectedVersion: Int) {\n    reverseReceipt(id: $id, reason: $reason, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      reversal {\n        reason\n        requestedBy\n        requestedAt\n        confirmedBy\n        confirmedAt\n      }\n    }\n  }\n":Kn,"\n  mutation DeclineReversal($id: ID!, $expectedVersion: Int) {\n    declineReversal(id: $id, expectedVersion: $expectedVersion) {\n      id\n      status\n      version\n      reversal {\n        reason\n        requestedBy\n        requestedAt\n        confirmedBy\n        confirmedAt\n      }\n    }\n  }\n":Wn,"\n  query Requests {\n    requests(first: 500) {\n      edges {\n        node {\n          id\n          title\n          description\n          area\n          phase\n          priority\n          estimatedCost\n          status\n          rejectReason\n          createdAt\n        }\n      }\n    }\n  }\n":Hn,"\n  mutation CreateRequest($input: CreateRequestInput!) {\n    createRequest(input: $input) {\n      id\n      status\n    }\n  }\n":Yn,"\n  mutation UpdateRequest($id: ID!, $input: UpdateRequestInput!) {\n    updateRequest(id: $id, input: $input) {\n      id\n      title\n      description\n      area\n      estimatedCost\n    }\n  }\n":zn,"\n  mutation SubmitRequest($id: ID!) {\n    submitRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n":Jn,"\n  mutation ReprioritizeRequest($id: ID!, $priority: Int!) {\n    reprioritizeRequest(id: $id, priority: $priority) {\n      id\n      priority\n    }\n  }\n":Gn,"\n  mutation WithdrawRequest($id: ID!) {\n    withdrawRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n":Qn,"\n  mutation ApproveRequest($id: ID!) {\n    approveRequest(id: $id) {\n      id\n      status\n    }\n  }\n":Xn,"\n  mutation RejectRequest($id: ID!, $reason: String!) {\n    rejectRequest(id: $id, reason: $reason) {\n      id\n      status\n      priority\n      rejectReason\n    }\n  }\n":Zn,"\n  mutation FulfillRequest($id: ID!) {\n    fulfillRequest(id: $id) {\n      id\n      status\n      priority\n    }\n  }\n":ei,"\n  query Suppliers {\n    suppliers(first: 1000) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n          country\n          identifierKind\n          identifier\n          registeredBy\n          registeredAt\n        }\n      }\n    }\n  }\n":ni,"\n  mutation RegisterSupplier($input: RegisterSupplierInput!) {\n    registerSupplier(input: $input) {\n      id\n      name\n      country\n      identifierKind\n      identifier\n      registeredBy\n      registeredAt\n    }\n  }\n":ii,"\n  query Me {\n    me {\n      sub\n      role\n      nation\n      permissions {\n        resource\n        action\n        scope\n      }\n    }\n  }\n":ai,"\n  subscription LiveEvents($after: ID) {\n    auditEvents(after: $after) {\n      id\n      action\n      target\n    }\n  }\n":ti};function ke(e){return di[e]??{}}const V="itc.session",_=new Set;let $=null,S=ri(),Y;function ri(){try{const e=JSON.parse(sessionStorage.getItem(V)??"null");return e&&e.expiresAt<=Date.now()?(sessionStorage.removeItem(V),$={reason:"expired",issuer:e.issuer},null):e}catch{return null}}function w(){if(window.clearTimeout(Y),S){const e=S.expiresAt-Date.now();Y=window.setTimeout(()=>A("expired"),Math.min(e,2**31-1))}_.forEach(e=>e())}function Wi(e){S=e,$=null,sessionStorage.setItem(V,JSON.stringify(e)),w()}function A(e,n){S&&($={reason:e,message:n,issuer:S.issuer},S=null,sessionStorage.removeItem(V),w())}function Hi(){return $}function li(){return o.useSyncExternalStore(e=>(_.add(e),()=>_.delete(e)),()=>S)}function ve(e){try{const n=decodeURIComponent([...atob(e.split(".")[1].replace(/-/g,"+").replace(/_/g,"/"))].map(a=>"%"+a.charCodeAt(0).toString(16).padStart(2,"0")).join("")),i=JSON.parse(n);return i&&typeof i=="object"?i:{}}catch{return{}}}function Yi(e){const n=ve(e).exp;return typeof n=="number"?n*1e3:null}function zi(e){const n=ve(e);for(const i of["name","preferred_username","sub"])if(typeof n[i]=="string"&&n[i])return n[i];return""}w();const oi={"sha256:7d39c5cf57560b932ef6399baf81cb107ed51b7dd46d0cf03ec9de63a7d95370":`mutation AcceptDelivery($id: ID!, $expectedVersion: Int) {
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
}`,"sha256:69c2811c9366f9dd3b3378a3326aca3a2a34d3a7049178572a4133b14f72e27b":`mutation CancelContribution($id: ID!, $expectedVersion: Int) {
  cancelContribution(id: $id, expectedVersion: $expectedVersion) {
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
}`,"sha256:62ff4338b8c936f438e246e4364c088c95ab407561bc13df8bada697e1b8d2cb":`mutation ConfirmReceipt($id: ID!, $expectedVersion: Int) {
  confirmReceipt(id: $id, expectedVersion: $expectedVersion) {
    id
    status
    confirmedBy
    confirmedAt
    version
    reversal {
      reason
      requestedBy
      requestedAt
      confirmedBy
      confirmedAt
      __typename
    }
    __typename
  }
}`,"sha256:c39f361c82fb3ba03e1a57db62093a67922b143947a2c97e5c33a54305527226":`mutation CreateRequest($input: CreateRequestInput!) {
  createRequest(input: $input) {
    id
    status
    __typename
  }
}`,"sha256:0546cc0a9c76d80394039ef5d20d73f0ba566c6e2ce401cd2d00704856faee1f":`mutation DeclineReversal($id: ID!, $expectedVersion: Int) {
  declineReversal(id: $id, expectedVersion: $expectedVersion) {
    id
    status
    version
    reversal {
      reason
      requestedBy
      requestedAt
      confirmedBy
      confirmedAt
      __typename
    }
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
}`,"sha256:9dfc71261d960973eec7c57352594b7386862b01ec80b072e370dde827003e3f":`mutation RecordInKindDelivery($id: ID!, $value: Money!, $expectedVersion: Int) {
  recordInKindDelivery(id: $id, value: $value, expectedVersion: $expectedVersion) {
    id
    status
    version
    inKind {
      delivery
      deliveredValue
      deliveredAt
      __typename
    }
    __typename
  }
}`,"sha256:1fb570848f59fc275cf90fb41d2a5e04877da322edf5bb67edb0822431d8f5db":`mutation RecordReceipt($id: ID!, $input: ReceiptInput!) {
  recordReceipt(id: $id, input: $input) {
    id
    status
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
}`,"sha256:ba5e1235a56b4c53d1d56fc8316cdfba553a7a11077d15f7db32791dcae3e23a":`mutation ReverseReceipt($id: ID!, $reason: String!, $expectedVersion: Int) {
  reverseReceipt(id: $id, reason: $reason, expectedVersion: $expectedVersion) {
    id
    status
    version
    reversal {
      reason
      requestedBy
      requestedAt
      confirmedBy
      confirmedAt
      __typename
    }
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
}`,"sha256:cf1f0b03914573d43d7401e8b650840fdb2f00a39a70f82b0a4986c652530f7b":`query Contributions {
  contributions(first: 200) {
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
        version
        outstanding
        inKind {
          basis
          description
          delivery
          deliveredValue
          deliveredAt
          __typename
        }
        receipts {
          id
          amount
          currency
          eurAmount
          status
          valueDate
          __typename
        }
        allocations {
          orderId
          area
          amount
          order {
            id
            status
            request {
              id
              title
              __typename
            }
            __typename
          }
          __typename
        }
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
}`,"sha256:e40ccc540749739e0657f09e17b6b2b89ea2c5dd34f631e1c53c6b084ac72412":`query Fund($at1: Time!, $at2: Time!, $at3: Time!, $at4: Time!, $at5: Time!, $at6: Time!, $at7: Time!, $at8: Time!, $at9: Time!, $at10: Time!, $at11: Time!, $at12: Time!, $history: Boolean!, $from: Time!) {
  history: fundHistory(from: $from) @include(if: $history) {
    area
    months {
      start
      figures {
        received
        committed
        pledged
        __typename
      }
      __typename
    }
    __typename
  }
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
  h1: fund(asOf: $at1) @skip(if: $history) {
    received
    committed
    pledged
    __typename
  }
  h2: fund(asOf: $at2) @skip(if: $history) {
    received
    committed
    pledged
    __typename
  }
  h3: fund(asOf: $at3) @skip(if: $history) {
    received
    committed
    pledged
    __typename
  }
  h4: fund(asOf: $at4) @skip(if: $history) {
    received
    committed
    pledged
    __typename
  }
  h5: fund(asOf: $at5) @skip(if: $history) {
    received
    committed
    pledged
    __typename
  }
  h6: fund(asOf: $at6) @skip(if: $history) {
    received
    committed
    pledged
    __typename
  }
  h7: fund(asOf: $at7) @skip(if: $history) {
    received
    committed
    pledged
    __typename
  }
  h8: fund(asOf: $at8) @skip(if: $history) {
    received
    committed
    pledged
    __typename
  }
  h9: fund(asOf: $at9) @skip(if: $history) {
    received
    committed
    pledged
    __typename
  }
  h10: fund(asOf: $at10) @skip(if: $history) {
    received
    committed
    pledged
    __typename
  }
  h11: fund(asOf: $at11) @skip(if: $history) {
    received
    committed
    pledged
    __typename
  }
  h12: fund(asOf: $at12) @skip(if: $history) {
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
}`,"sha256:48f7b3ff380d52b09b0e95d5b386930e10092c5b6440320615d143e359add002":`query Orders($canDraft: Boolean!, $seeValue: Boolean!, $seeFunding: Boolean!) {
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
        funding @include(if: $seeFunding) {
          area
          amount
          contributions {
            contributionId
            amount
            __typename
          }
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
}`,"sha256:e17ee822812c216c3f8f3e91a1508c4bd7c6f98af3ececebd568c8cbf206d3da":`query Receipts {
  receipts(first: 1000) {
    edges {
      node {
        id
        amount
        currency
        rate
        rateSource
        eurAmount
        valueDate
        reference
        status
        recordedBy
        recordedAt
        confirmedBy
        confirmedAt
        version
        reversal {
          reason
          requestedBy
          requestedAt
          confirmedBy
          confirmedAt
          __typename
        }
        contribution {
          id
          nation {
            code
            name
            __typename
          }
          __typename
        }
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
}`};function si(e,n){return i=>({subscribe(a){const t=new AbortController;let r;const s=(l,u)=>a.next({errors:[{message:l,extensions:{code:u}}]}),m=async()=>{const l=await e("/query",{method:"POST",signal:t.signal,headers:{...n,"Content-Type":"application/json",Accept:"text/event-stream"},body:JSON.stringify({query:i.query,variables:r?{...i.variables,after:r}:i.variables})});if(!l.ok||!l.body||!l.headers.get("Content-Type")?.startsWith("text/event-stream")){const N=(await l.json().catch(()=>null))?.errors?.[0];return s(N?.message??l.statusText,N?.extensions?.code??(l.status===401?"UNAUTHENTICATED":"INTERNAL_SERVER_ERROR")),l.status<500}const u=l.body.pipeThrough(new TextDecoderStream).getReader();let c="";for(;;){const{value:k,done:N}=await u.read();if(N)return!1;c+=k;let f;for(;(f=c.indexOf(`

`))>=0;){const y=c.slice(0,f);c=c.slice(f+2);let v="",I="";for(const g of y.split(`
`))g.startsWith("event:")?v=g.slice(6).trim():g.startsWith("data:")&&(I+=g.slice(5).trim());if(v==="next"&&I){const g=JSON.parse(I),q=Object.values(g.data??{}).map(ge=>ge?.id)[0];typeof q=="string"&&(r=q),a.next(g)}if(v==="complete")return!0}}};return(async()=>{for(let l=0;!t.signal.aborted;l++){try{if(await m())break}catch{if(t.signal.aborted)return}await new Promise(u=>setTimeout(u,Math.min(3e4,1e3*2**l)))}t.signal.aborted||a.complete()})(),{unsubscribe:()=>t.abort()}}})}const z={admitNation:["nations"],setNationRole:["nations"],suspendNation:["nations"],reinstateNation:["nations"],pledgeContribution:["contributions","fund"],recordReceipt:["contributions","fund","fundHistory","receipts"],cancelContribution:["contributions","fund"],createRequest:["requests"],updateRequest:["requests"],submitRequest:["requests"],reprioritizeRequest:["requests"],withdrawRequest:["requests"],approveRequest:["requests"],rejectRequest:["requests"],fulfillRequest:["requests"],draftOrder:["orders","requests"],approveOrder:["orders","requests","fund","fundHistory","contributions"],cancelOrder:["orders","requests","fund","fundHistory","contributions"],confirmDelivery:["orders","requests","fund","fundHistory","contributions"],commitContribution:["contributions","fund"],suspendPerson:["people"],reinstatePerson:["people"],registerSupplier:["suppliers"],confirmReceipt:["contributions","fund","fundHistory","receipts","orders"],reverseReceipt:["contributions","fund","fundHistory","receipts","orders"],declineReversal:["contributions","receipts"],recordInKindDelivery:["contributions","fund","fundHistory"],recordDelivery:["orders","requests"],acceptDelivery:["orders","requests","fund","fundHistory"],rejectDelivery:["orders","requests"],amendOrder:["orders","fund","fundHistory","contributions"],approveAmendment:["orders","fund","fundHistory","contributions"],withdrawAmendment:["orders"]};function J(e,n){for(const i of e.inspectFields("Query"))(n.includes(i.fieldName)||i.fieldName==="auditLog")&&e.invalidate("Query",i.fieldName,i.arguments??void 0)}const mi={Mutation:Object.fromEntries(Object.entries(z).map(([e,n])=>[e,(i,a,t)=>J(t,n)])),Subscription:{auditEvents:(e,n,i)=>J(i,z[e.auditEvents?.action??""]??[])}},ui=()=>null,ci=Object.fromEntries(["Viewer","Permission","Fund","AreaFund","Actor","PageInfo","NationConnection","NationEdge","ContributionConnection","ContributionEdge","RequestConnection","RequestEdge","OrderConnection","OrderEdge","AuditEventConnection","AuditEventEdge","PersonConnection","PersonEdge","SupplierConnection","SupplierEdge","ProcurementAgent","ReceiptConnection","ReceiptEdge","ReceiptReversal","Allocation","PoolFunding","PoolHistory","MonthFigures","PoolFigures","InKindDetails","Approval"].map(e=>[e,ui])),ki=new Map(Object.entries(oi).map(([e,n])=>[n,e])),vi=(e,n)=>{if(typeof n?.body=="string"){const i=JSON.parse(n.body),a=ki.get(i.query);a&&(delete i.query,i.documentId=a,n={...n,body:JSON.stringify(i)})}return fetch(e,n)};function pi(e,n={}){const i=(n.trusted===!1?n.fetch:vi)??fetch;return new De({url:"/query",preferGetMethod:!1,fetch:i,fetchOptions:()=>({headers:{Authorization:`Bearer ${e}`,Accept:"application/graphql-response+json, application/json"}}),exchanges:[Fe({onError(a){const t=a.response?.status;t===401||Ni(a,"UNAUTHENTICATED")?A("expired"):t===403&&A("refused",a.graphQLErrors[0]?.message)}}),Ve({keys:{...ci,Nation:a=>a.code,Person:a=>`${a.issuer} ${a.sub}`},updates:mi}),he,Ae({forwardSubscription:si(i,{Authorization:`Bearer ${e}`})})]})}function T(e){return e?e.networkError&&e.graphQLErrors.length===0?[{code:"NETWORK",message:e.networkError.message}]:e.graphQLErrors.map(n=>({code:String(n.extensions?.code??"INTERNAL_SERVER_ERROR"),message:n.message,path:n.path,field:typeof n.extensions?.field=="string"?n.extensions.field:void 0})):[]}function Ji(e){const n={};for(const i of T(e))i.code==="BAD_USER_INPUT"&&i.field&&!n[i.field]&&(n[i.field]=i.message);return n}function Ni(e,n){return e.graphQLErrors.some(i=>i.extensions?.code===n)}function Gi(e,n){return T(e).some(i=>i.code==="FORBIDDEN"&&i.path?.length===n.length&&i.path.every((a,t)=>a===n[t]))}const pe={appName:"IT Coalition for Ukraine",skipToContent:"Skip to content",language:"Language",signOut:"Sign out",signedInAs:"Signed in as {name}",mainNav:"Main",loading:"Loading…",loadMore:"Load more",cancel:"Cancel",confirm:"Confirm",save:"Save",notVisible:"not visible to your role",none:"none",error:"Something went wrong: {message}",retry:"Try again",navDashboard:"Fund",navRequests:"Requests",navOrders:"Orders",navNations:"Nations",navPledges:"Pledges",navAudit:"Audit log",signInTitle:"Sign in",signInDemoIntro:"This server runs with its own development key, so you can sign in as one of the demo coalition's people.",signInAs:"Sign in as {name}",signInToken:"Access token",signInTokenHint:"Paste a token issued by your identity provider.",signInSubmit:"Sign in",sessionExpired:"Your session has expired. Please sign in again.",sessionRefused:"The server refused this sign-in: {message}",groupChairs:"Chairs",groupMinistry:"Ukraine's Ministry of Defence",groupMembers:"Member nations",groupObservers:"Observers",fundTitle:"The fund",fundReceived:"Received",fundCommitted:"Committed",fundAvailable:"Available",fundPledged:"Pledged",fundInKind:"In kind (counted, never spendable)",fundContributors:"Contributing nations",fundByArea:"By capability area",fundUnearmarked:"Unearmarked",fundArea:"Area",fundSuppressed:"Suppressed",fundSuppressedWhy:"too few nations gave to this area for its figures to be shown without revealing what one nation gave",fundChartLabel:"Received and committed per area",fundChartLegendReceived:"received",fundChartLegendCommitted:"committed",requestsTitle:"Priority requests",phase:"Phase {n}",priority:"Priority",closedRequests:"Closed",drafts:"Drafts",noRequests:"No requests.",estimatedCost:"Estimated cost",title:"Title",description:"Description",area:"Area",phaseLabel:"Phase",status:"Status",newRequest:"New request",createRequest:"Create draft",edit:"Edit",submit:"Submit",withdraw:"Withdraw",approve:"Approve",reject:"Reject",rejectReason:"Reason for rejection",fulfill:"Mark fulfilled",moveUp:"Move {title} up",moveDown:"Move {title} down",moved:"{title} is now priority {n} of phase {phase}.",dragHint:"Drag to reorder, or use the move buttons.",confirmWithdraw:"Withdraw “{title}”?",ordersTitle:"Orders",supplier:"Supplier",contractReference:"Contract reference (bought through NSPA)",amount:"Amount",request:"Request",draftedBy:"Drafted by",approvedBy:"Approved by",deliveredAt:"Delivered",draftOrder:"Draft an order",draft:"Draft order",awaitingSecond:"Awaiting a second chair",ownDraft:"You drafted this order; another chair must approve it.",confirmDelivery:"Confirm delivery",cancelOrder:"Cancel order",confirmCancelOrder:"Cancel this order and release what it committed?",noOrders:"No orders.",nationsTitle:"Nations",code:"Code",name:"Name",role:"Role",joined:"Joined",admitNation:"Admit a nation",admit:"Admit",changeRole:"Change role",suspend:"Suspend",reinstate:"Reinstate",suspendReason:"Reason for suspension",confirmRole:"Make {name} a {role}?",confirmSuspend:"Suspend {name}? Its people lose access on their next request.",confirmReinstate:"Reinstate {name}?",lastChair:"At least one nation must always be an active chair, so the last active chair cannot be suspended or given another role.",pledgesTitle:"Pledges",ownPledges:"Your nation's pledges",allPledges:"All contributions",nation:"Nation",kind:"Kind",currency:"Currency",eurAmount:"EUR value",earmark:"Earmark",pledgedAt:"Pledged",receivedEur:"EUR received",rate:"Rate",pledge:"Pledge",pledgeForm:"Make a pledge",cancelPledge:"Cancel pledge",confirmCancelPledge:"Cancel this pledge?",recordReceipt:"Record receipt",noPledges:"No contributions.",auditTitle:"Audit log",auditAction:"Action",auditTarget:"Target",auditActor:"Who",auditAt:"When",auditOutcome:"Outcome",auditDetail:"Detail",filter:"Filter",clearFilter:"Clear",noEvents:"No events.",navPeople:"People",navSuppliers:"Suppliers",navExports:"Exports",you:"you",signInProviders:"Your organisation's sign-in",signInProvidersIntro:"You sign in at your identity provider and come back here; the app never sees your password.",signInWith:"Sign in with {host}",signInAgainWith:"Sign in again with {host}",signInStateMismatch:"This sign-in did not start on this page (its state does not match). Please start again.",signInProviderRefused:"The identity provider refused the sign-in: {message}",signInProviderDown:"The identity provider cannot be reached: {message}",fundHistory:"The fund over time",fundHistoryTable:"The figures month by month",fundHistoryWithheld:"some months are withheld: too few nations gave for them to be shown",fundHistoryRange:"{from} to {to}, at each month's end",fundAsOf:"As of",fundWithheld:"withheld",peopleTitle:"People",peopleIntro:"Everyone who used the coalition's API, by identity provider and subject.",peopleOwnIntro:"The people of {nation} who used the coalition's API.",noPeople:"No one yet.",issuer:"Identity provider",firstSeen:"First seen",lastSeen:"Last seen",reason:"Reason",suspendPerson:"Suspend {sub}",reinstatePerson:"Reinstate {sub}",confirmSuspendPerson:"Suspend {sub}? Their next request is refused, whatever their token says.",confirmReinstatePerson:"Reinstate {sub}?",suppliersTitle:"Supplier registry",noSuppliers:"No suppliers registered.",country:"Country",identifier:"Identifier",identifierKind:"Register",registered:"Registered",registerSupplier:"Register a supplier",register:"Register",exportsTitle:"Exports",exportsIntro:"Files of what your role may read, with the same rules as the screens.",exportContributions:"Contributions",exportRequests:"Priority requests",exportOrders:"Orders",exportAudit:"Audit log",exportIati:"IATI activity file",allStatuses:"All statuses",download:"Download",downloadFile:"Download {file}",exportDone:"{file} downloaded ({size} KB).",commitContribution:"Record agreement",confirmCommit:"Record the signed agreement for {nation}'s pledge of {amount}?",agreementReference:"Agreement reference",signedOn:"Signed on",contract:"Contract","status.COMMITTED":"Committed",auditTargetType:"Target type",auditActorSub:"Person (sub)",auditActorNation:"Nation of the person",auditFrom:"From",auditTo:"To (inclusive)",auditChanges:"What changed",any:"Any",before:"before",after:"after",navReceipts:"Receipts",receiptsTitle:"Receipts",receiptsIntro:"Money that reached the fund's account: a chair records it, a second chair confirms it, and only then does it count. Booked money is corrected by a reversal, confirmed by a second person too.",noReceipts:"No receipts.",valueDate:"Value date",bankReference:"Bank reference",recordedBy:"Recorded by",confirmedBy:"Confirmed by",decidedBy:"Decided by",reversal:"Reversal",receiptAwaitingSecond:"Awaiting a second chair",reversalAwaitingSecond:"Reversal awaiting a second chair",ownReceipt:"You recorded this receipt; another chair must confirm it.",ownReversal:"You asked for this reversal; another chair must confirm it.",confirmReceipt:"Confirm receipt",confirmReversal:"Confirm reversal",declineReversal:"Decline reversal",reverseReceipt:"Reverse",confirmReversePending:"Reverse this receipt? It has not counted yet, so it is reversed at once.",confirmReverseConfirmed:"Ask for this receipt to be reversed? It keeps counting until a second chair confirms the reversal.",outstanding:"Still expected",rateHint:"EUR per unit of the currency; 1 for EUR",rateSource:"Rate source",eurCredited:"EUR credited",whatItBought:"What this money bought",boughtNothingYet:"Nothing yet: no approved order has drawn on this money.",deliveries:"Deliveries",recordDelivery:"Record a delivery",deliveryValue:"Value (EUR)",deliveryDate:"Arrived on",deliveryReference:"Delivery note",deliveryAwaitingSecond:"Awaiting acceptance by another officer",ownDelivery:"You recorded this delivery; another officer must accept or reject it.",acceptDelivery:"Accept delivery",rejectDelivery:"Reject delivery",confirmRejectDelivery:"Reject this delivery? Its value may be delivered again.",amendments:"Amendments",amendOrder:"Change the amount",amend:"Propose change",newAmount:"New amount (EUR)",justification:"Justification",justificationHint:"Needed when the request's orders would go above its estimate",amendmentAwaitingSecond:"Increase awaiting a second chair",ownAmendment:"You proposed this change; another chair must approve it.",approveAmendment:"Approve change",youApproved:"you approved it; it needs another approval",withdrawAmendment:"Withdraw change",funding:"Paid from","status.PARTLY_DELIVERED":"Partly delivered","status.RECEIPT_PENDING":"Awaiting confirmation","status.RECEIPT_CONFIRMED":"Confirmed","status.RECEIPT_REVERSED":"Reversed","status.DELIVERY_RECORDED":"Recorded","status.DELIVERY_ACCEPTED":"Accepted","status.DELIVERY_REJECTED":"Rejected","status.AMENDMENT_PENDING_APPROVAL":"Awaiting approval","status.AMENDMENT_APPLIED":"Applied","status.AMENDMENT_WITHDRAWN":"Withdrawn",inKindTitle:"Equipment given in kind",inKindWhat:"What is given",inKindWhatHint:"For example: 500 firewall licences, 3 years",valuationBasis:"Valued by","basis.MARKET":"market price","basis.DONOR_DECLARED":"the donor's declaration","basis.INVOICE":"invoice",inKindArrived:"Arrived","inKind.AWAITED":"awaited","inKind.PARTLY_DELIVERED":"partly delivered","inKind.DELIVERED":"delivered",inKindValueArrived:"Value arrived (EUR)",recordInKindDelivery:"Record arrival","area.COMMUNICATIONS":"Communications","area.DATA_CENTRES":"Data centres","area.IT_ARCHITECTURE":"IT architecture","area.CYBERSECURITY":"Cybersecurity","status.DRAFT":"Draft","status.SUBMITTED":"Submitted","status.APPROVED":"Approved","status.REJECTED":"Rejected","status.IN_PROCUREMENT":"In procurement","status.FULFILLED":"Fulfilled","status.WITHDRAWN":"Withdrawn","status.PENDING_APPROVAL":"Pending approval","status.PLACED":"Placed","status.DELIVERED":"Delivered","status.CANCELLED":"Cancelled","status.PLEDGED":"Pledged","status.RECEIVED":"Received","status.ACTIVE":"Active","status.SUSPENDED":"Suspended","role.CHAIR":"chair","role.MEMBER":"member","role.OBSERVER":"observer","role.BENEFICIARY":"beneficiary","role.chair":"chair","role.member":"member","role.mod":"Ministry of Defence","role.observer":"observer","kind.FINANCIAL":"Financial","kind.IN_KIND":"In kind","outcome.OK":"OK","outcome.DENIED":"Denied","outcome.FAILED":"Failed"},fi={appName:"ІТ-коаліція для України",skipToContent:"Перейти до змісту",language:"Мова",signOut:"Вийти",signedInAs:"Ви увійшли як {name}",mainNav:"Головне меню",loading:"Завантаження…",loadMore:"Показати ще",cancel:"Скасувати",confirm:"Підтвердити",save:"Зберегти",notVisible:"недоступно для вашої ролі",none:"немає",error:"Сталася помилка: {message}",retry:"Спробувати ще раз",navDashboard:"Фонд",navRequests:"Запити",navOrders:"Замовлення",navNations:"Держави",navPledges:"Внески",navAudit:"Журнал аудиту",signInTitle:"Вхід",signInDemoIntro:"Сервер працює з власним ключем розробки, тож можна увійти як одна з осіб демонстраційної коаліції.",signInAs:"Увійти як {name}",signInToken:"Токен доступу",signInTokenHint:"Вставте токен, виданий вашим постачальником ідентичності.",signInSubmit:"Увійти",sessionExpired:"Ваш сеанс завершився. Увійдіть знову.",sessionRefused:"Сервер відхилив вхід: {message}",groupChairs:"Голови",groupMinistry:"Міністерство оборони України",groupMembers:"Держави-члени",groupObservers:"Спостерігачі",fundTitle:"Фонд",fundReceived:"Отримано",fundCommitted:"Зобов’язано",fundAvailable:"Доступно",fundPledged:"Обіцяно",fundInKind:"У натуральній формі (враховано, не витрачається)",fundContributors:"Держави-донори",fundByArea:"За напрямами",fundUnearmarked:"Без цільового призначення",fundArea:"Напрям",fundSuppressed:"Приховано",fundSuppressedWhy:"у цей напрям зробило внески замало держав, щоб показати суми, не розкривши внеску окремої держави",fundChartLabel:"Отримано та зобов’язано за напрямами",fundChartLegendReceived:"отримано",fundChartLegendCommitted:"зобов’язано",requestsTitle:"Пріоритетні запити",phase:"Етап {n}",priority:"Пріоритет",closedRequests:"Закриті",drafts:"Чернетки",noRequests:"Запитів немає.",estimatedCost:"Орієнтовна вартість",title:"Назва",description:"Опис",area:"Напрям",phaseLabel:"Етап",status:"Стан",newRequest:"Новий запит",createRequest:"Створити чернетку",edit:"Редагувати",submit:"Подати",withdraw:"Відкликати",approve:"Схвалити",reject:"Відхилити",rejectReason:"Причина відхилення",fulfill:"Позначити виконаним",moveUp:"Підняти «{title}»",moveDown:"Опустити «{title}»",moved:"«{title}» тепер має пріоритет {n} на етапі {phase}.",dragHint:"Перетягніть, щоб змінити порядок, або скористайтеся кнопками.",confirmWithdraw:"Відкликати «{title}»?",ordersTitle:"Замовлення",supplier:"Постачальник",contractReference:"Номер контракту (закупівля через NSPA)",amount:"Сума",request:"Запит",draftedBy:"Склав",approvedBy:"Схвалив",deliveredAt:"Доставлено",draftOrder:"Скласти замовлення",draft:"Скласти",awaitingSecond:"Очікує другого голову",ownDraft:"Ви склали це замовлення; схвалити його має інший голова.",confirmDelivery:"Підтвердити доставку",cancelOrder:"Скасувати замовлення",confirmCancelOrder:"Скасувати це замовлення і звільнити зобов’язані кошти?",noOrders:"Замовлень немає.",nationsTitle:"Держави",code:"Код",name:"Назва",role:"Роль",joined:"Приєдналася",admitNation:"Прийняти державу",admit:"Прийняти",changeRole:"Змінити роль",suspend:"Призупинити",reinstate:"Відновити",suspendReason:"Причина призупинення",confirmRole:"Зробити {name} — {role}?",confirmSuspend:"Призупинити {name}? Її представники втратять доступ із наступним запитом.",confirmReinstate:"Відновити {name}?",lastChair:"Принаймні одна держава завжди має бути активним головою, тож останнього активного голову не можна призупинити чи змінити йому роль.",pledgesTitle:"Внески",ownPledges:"Внески вашої держави",allPledges:"Усі внески",nation:"Держава",kind:"Вид",currency:"Валюта",eurAmount:"Вартість у EUR",earmark:"Призначення",pledgedAt:"Обіцяно",receivedEur:"Отримано EUR",rate:"Курс",pledge:"Пообіцяти",pledgeForm:"Зробити внесок",cancelPledge:"Скасувати внесок",confirmCancelPledge:"Скасувати цей внесок?",recordReceipt:"Зарахувати надходження",noPledges:"Внесків немає.",auditTitle:"Журнал аудиту",auditAction:"Дія",auditTarget:"Об’єкт",auditActor:"Хто",auditAt:"Коли",auditOutcome:"Результат",auditDetail:"Подробиці",filter:"Фільтрувати",clearFilter:"Очистити",noEvents:"Подій немає.",navPeople:"Люди",navSuppliers:"Постачальники",navExports:"Звіти",you:"ви",signInProviders:"Вхід через вашу організацію",signInProvidersIntro:"Ви входите у свого постачальника ідентичності й повертаєтеся сюди; застосунок ніколи не бачить вашого пароля.",signInWith:"Увійти через {host}",signInAgainWith:"Увійти знову через {host}",signInStateMismatch:"Цей вхід розпочато не на цій сторінці (стан не збігається). Почніть знову.",signInProviderRefused:"Постачальник ідентичності відхилив вхід: {message}",signInProviderDown:"Постачальник ідентичності недоступний: {message}",fundHistory:"Надходження та зобов’язання в часі",fundHistoryTable:"Суми за місяцями",fundHistoryWithheld:"деякі місяці приховано: замало держав зробили внески, щоб їх показати",fundHistoryRange:"з {from} до {to}, на кінець кожного місяця",fundAsOf:"Станом на",fundWithheld:"приховано",peopleTitle:"Люди",peopleIntro:"Усі, хто користувався API коаліції, за постачальником ідентичності та суб’єктом.",peopleOwnIntro:"Люди держави {nation}, які користувалися API коаліції.",noPeople:"Поки нікого.",issuer:"Постачальник ідентичності",firstSeen:"Уперше",lastSeen:"Востаннє",reason:"Причина",suspendPerson:"Призупинити {sub}",reinstatePerson:"Поновити {sub}",confirmSuspendPerson:"Призупинити {sub}? Наступний запит цієї особи буде відхилено, хоч би що казав її токен.",confirmReinstatePerson:"Поновити {sub}?",suppliersTitle:"Реєстр постачальників",noSuppliers:"Постачальників не зареєстровано.",country:"Країна",identifier:"Ідентифікатор",identifierKind:"Реєстр",registered:"Зареєстровано",registerSupplier:"Зареєструвати постачальника",register:"Зареєструвати",exportsTitle:"Звіти",exportsIntro:"Файли з тим, що може читати ваша роль, за тими самими правилами, що й екрани.",exportContributions:"Внески",exportRequests:"Пріоритетні запити",exportOrders:"Замовлення",exportAudit:"Журнал аудиту",exportIati:"Файл діяльності IATI",allStatuses:"Усі статуси",download:"Завантажити",downloadFile:"Завантажити {file}",exportDone:"{file} завантажено ({size} КБ).",commitContribution:"Зареєструвати угоду",confirmCommit:"Зареєструвати підписану угоду щодо внеску {nation} на {amount}?",agreementReference:"Номер угоди",signedOn:"Дата підписання",contract:"Контракт","status.COMMITTED":"Зобов’язано",auditTargetType:"Тип об’єкта",auditActorSub:"Особа (sub)",auditActorNation:"Держава особи",auditFrom:"Від",auditTo:"До (включно)",auditChanges:"Що змінилося",any:"Будь-який",before:"до",after:"після",navReceipts:"Надходження",receiptsTitle:"Надходження",receiptsIntro:"Кошти, що надійшли на рахунок фонду: голова їх реєструє, другий голова підтверджує, і лише тоді вони враховуються. Зараховані кошти виправляють сторнуванням, яке теж підтверджує друга особа.",noReceipts:"Надходжень немає.",valueDate:"Дата валютування",bankReference:"Банківський номер",recordedBy:"Зареєстрував(ла)",confirmedBy:"Підтвердив(ла)",decidedBy:"Вирішив(ла)",reversal:"Сторнування",receiptAwaitingSecond:"Очікує другого голову",reversalAwaitingSecond:"Сторнування очікує другого голову",ownReceipt:"Ви зареєстрували це надходження; його має підтвердити інший голова.",ownReversal:"Ви попросили це сторнування; його має підтвердити інший голова.",confirmReceipt:"Підтвердити надходження",confirmReversal:"Підтвердити сторнування",declineReversal:"Відхилити сторнування",reverseReceipt:"Сторнувати",confirmReversePending:"Сторнувати це надходження? Воно ще не враховане, тож сторнується одразу.",confirmReverseConfirmed:"Попросити сторнувати це надходження? Воно враховується, доки другий голова не підтвердить сторнування.",outstanding:"Ще очікується",rateHint:"EUR за одиницю валюти; 1 для EUR",rateSource:"Джерело курсу",eurCredited:"Зараховано в EUR",whatItBought:"Що придбано за ці кошти",boughtNothingYet:"Поки нічого: жодне затверджене замовлення не використало цих коштів.",deliveries:"Поставки",recordDelivery:"Зареєструвати поставку",deliveryValue:"Вартість (EUR)",deliveryDate:"Дата прибуття",deliveryReference:"Накладна",deliveryAwaitingSecond:"Очікує прийняття іншим працівником",ownDelivery:"Ви зареєстрували цю поставку; прийняти чи відхилити її має інший працівник.",acceptDelivery:"Прийняти поставку",rejectDelivery:"Відхилити поставку",confirmRejectDelivery:"Відхилити цю поставку? Її вартість можна буде поставити знову.",amendments:"Зміни",amendOrder:"Змінити суму",amend:"Запропонувати зміну",newAmount:"Нова сума (EUR)",justification:"Обґрунтування",justificationHint:"Потрібне, коли замовлення за запитом перевищать його кошторис",amendmentAwaitingSecond:"Збільшення очікує другого голову",ownAmendment:"Ви запропонували цю зміну; її має затвердити інший голова.",approveAmendment:"Затвердити зміну",youApproved:"ви затвердили; потрібне ще одне затвердження",withdrawAmendment:"Відкликати зміну",funding:"Оплачено з","status.PARTLY_DELIVERED":"Частково поставлено","status.RECEIPT_PENDING":"Очікує підтвердження","status.RECEIPT_CONFIRMED":"Підтверджено","status.RECEIPT_REVERSED":"Сторновано","status.DELIVERY_RECORDED":"Зареєстровано","status.DELIVERY_ACCEPTED":"Прийнято","status.DELIVERY_REJECTED":"Відхилено","status.AMENDMENT_PENDING_APPROVAL":"Очікує затвердження","status.AMENDMENT_APPLIED":"Застосовано","status.AMENDMENT_WITHDRAWN":"Відкликано",inKindTitle:"Обладнання в натуральній формі",inKindWhat:"Що передається",inKindWhatHint:"Наприклад: 500 ліцензій на міжмережеві екрани, 3 роки",valuationBasis:"Оцінено за","basis.MARKET":"ринковою ціною","basis.DONOR_DECLARED":"декларацією донора","basis.INVOICE":"рахунком-фактурою",inKindArrived:"Надійшло","inKind.AWAITED":"очікується","inKind.PARTLY_DELIVERED":"частково поставлено","inKind.DELIVERED":"поставлено",inKindValueArrived:"Вартість, що надійшла (EUR)",recordInKindDelivery:"Зареєструвати надходження","area.COMMUNICATIONS":"Зв’язок","area.DATA_CENTRES":"Центри обробки даних","area.IT_ARCHITECTURE":"ІТ-архітектура","area.CYBERSECURITY":"Кібербезпека","status.DRAFT":"Чернетка","status.SUBMITTED":"Подано","status.APPROVED":"Схвалено","status.REJECTED":"Відхилено","status.IN_PROCUREMENT":"Закупівля","status.FULFILLED":"Виконано","status.WITHDRAWN":"Відкликано","status.PENDING_APPROVAL":"Очікує схвалення","status.PLACED":"Розміщено","status.DELIVERED":"Доставлено","status.CANCELLED":"Скасовано","status.PLEDGED":"Обіцяно","status.RECEIVED":"Отримано","status.ACTIVE":"Активна","status.SUSPENDED":"Призупинена","role.CHAIR":"голова","role.MEMBER":"член","role.OBSERVER":"спостерігач","role.BENEFICIARY":"бенефіціар","role.chair":"голова","role.member":"член","role.mod":"Міністерство оборони","role.observer":"спостерігач","kind.FINANCIAL":"Фінансовий","kind.IN_KIND":"Натуральний","outcome.OK":"Успішно","outcome.DENIED":"Відмовлено","outcome.FAILED":"Збій"},yi={en:pe,uk:fi},bi={en:"en-GB",uk:"uk-UA"},Ne="itc.lang",fe=o.createContext(null);function gi(){const e=localStorage.getItem(Ne);return e==="en"||e==="uk"?e:navigator.language.toLowerCase().startsWith("uk")?"uk":"en"}function Si({children:e}){const[n,i]=o.useState(gi),a=o.useCallback(r=>{localStorage.setItem(Ne,r),i(r)},[]);o.useEffect(()=>{document.documentElement.lang=n},[n]);const t=o.useMemo(()=>{const r=yi[n],s=bi[n],m=new Intl.DateTimeFormat(s,{dateStyle:"medium"}),l=new Intl.DateTimeFormat(s,{dateStyle:"medium",timeStyle:"short"});return{lang:n,setLang:a,t:(c,k)=>(r[c]??pe[c]).replace(/\{(\w+)\}/g,(N,f)=>String(k?.[f]??`{${f}}`)),money:(c,k="EUR")=>c==null?"":new Intl.NumberFormat(s,{style:"currency",currency:k}).format(c),date:c=>c?m.format(new Date(c)):"",dateTime:c=>c?l.format(new Date(c)):""}},[n,a]);return d.jsx(fe.Provider,{value:t,children:e})}function b(){const e=o.useContext(fe);if(!e)throw new Error("useI18n outside I18nProvider");return e}const ye=o.createContext(null);function be(e){const n=(i,a)=>e.permissions.filter(t=>t.resource===i&&t.action===a).map(t=>t.scope);return{viewer:e,scopes:n,can:(i,a)=>n(i,a).length>0,canRead:i=>n(i,"read").length>0}}function Di({viewer:e,children:n}){return d.jsx(ye.Provider,{value:be(e),children:n})}function hi(){const e=o.useContext(ye);if(!e)throw new Error("usePerms outside PermsProvider");return e}function Qi(){const{t:e}=b();return d.jsx("span",{className:"hidden-field",children:e("notVisible")})}function x(){const{t:e}=b();return d.jsx("p",{role:"status",className:"muted loading",children:e("loading")})}function Fi({error:e,retry:n}){const{t:i}=b();return d.jsxs("div",{role:"alert",className:"error",children:[T(e).map((a,t)=>d.jsx("p",{children:i("error",{message:a.message})},t)),n&&d.jsx("button",{type:"button",onClick:n,children:i("retry")})]})}function Xi({error:e,hint:n,fields:i}){const a=T(e).filter(t=>t.code!=="UNAUTHENTICATED"&&!(t.field&&i?.includes(t.field)));return a.length===0?null:d.jsxs("div",{role:"alert",className:"action-error","data-code":a[0].code,children:[a.map((t,r)=>d.jsx("p",{children:t.message},r)),n&&a.some(t=>t.code==="CONFLICT")&&d.jsx("p",{children:n})]})}function Zi({value:e}){const{t:n}=b();return d.jsx("span",{className:`badge badge-${e.toLowerCase()}`,children:n(`status.${e}`)})}function ea({label:e,question:n,onConfirm:i,danger:a,children:t,disabled:r}){const{t:s}=b(),m=o.useRef(null),l=o.useId();return d.jsxs(d.Fragment,{children:[d.jsx("button",{type:"button",className:a?"danger":void 0,onClick:()=>m.current?.showModal(),disabled:r,children:e}),d.jsx("dialog",{ref:m,"aria-labelledby":l,children:d.jsxs("form",{method:"dialog",onSubmit:u=>{u.preventDefault(),m.current?.close(),i()},children:[d.jsx("p",{id:l,children:n}),t,d.jsxs("div",{className:"row",children:[d.jsx("button",{type:"submit",className:a?"danger":"primary",children:s("confirm")}),d.jsx("button",{type:"button",onClick:()=>m.current?.close(),children:s("cancel")})]})]})})]})}function na({label:e,children:n,hint:i,error:a}){const t=o.useId(),r=a?{"aria-invalid":!0,"aria-describedby":`${t}-error`}:{};return d.jsxs("div",{className:"field",children:[d.jsx("label",{htmlFor:t,children:e}),n(t,r),i&&d.jsx("small",{className:"muted",children:i}),a&&d.jsx("small",{id:`${t}-error`,className:"field-error",role:"alert","data-field-error":!0,children:a})]})}function ia(){const[e,n]=o.useState("");return o.useEffect(()=>{if(!e)return;const i=window.setTimeout(()=>n(""),5e3);return()=>window.clearTimeout(i)},[e]),[d.jsx("div",{role:"status","aria-live":"polite",className:"visually-hidden",children:e}),n]}const aa=["COMMUNICATIONS","DATA_CENTRES","IT_ARCHITECTURE","CYBERSECURITY"],Vi=o.lazy(()=>p(()=>import("./SignIn-B0dIoC8U.js"),__vite__mapDeps([0,1,2]))),Ai=o.lazy(()=>p(()=>import("./Dashboard-CDSVEQx-.js"),__vite__mapDeps([3,1,2]))),Ri=o.lazy(()=>p(()=>import("./Requests-c0ODTtt_.js"),__vite__mapDeps([4,1,5,2]))),$i=o.lazy(()=>p(()=>import("./Orders-BBE_ecT7.js"),__vite__mapDeps([6,1,5,2]))),Ti=o.lazy(()=>p(()=>import("./Nations-DNxr9Rko.js"),__vite__mapDeps([7,1,5,2]))),Ii=o.lazy(()=>p(()=>import("./Pledges-CxV_XCUN.js"),__vite__mapDeps([8,1,5,2]))),Ei=o.lazy(()=>p(()=>import("./Audit-DIw_hq9L.js"),__vite__mapDeps([9,1,2]))),_i=o.lazy(()=>p(()=>import("./People-BkPPHhkg.js"),__vite__mapDeps([10,1,5,2]))),xi=o.lazy(()=>p(()=>import("./Suppliers-CqT0d3i8.js"),__vite__mapDeps([11,1,5,2]))),Ci=o.lazy(()=>p(()=>import("./Exports-OCMEqbQD.js"),__vite__mapDeps([12,1,2]))),Oi=o.lazy(()=>p(()=>import("./Receipts-DdUxmFTj.js"),__vite__mapDeps([13,1,5,2]))),P=[{path:"/",label:"navDashboard",page:Ai,shown:e=>e.can("Fund","read")},{path:"/requests",label:"navRequests",page:Ri,shown:e=>e.can("PriorityRequest","read")},{path:"/orders",label:"navOrders",page:$i,shown:e=>e.can("Order","read")},{path:"/nations",label:"navNations",page:Ti,shown:e=>e.can("Nation","read")},{path:"/pledges",label:"navPledges",page:Ii,shown:e=>e.can("Contribution","read")||e.can("Contribution","pledge")},{path:"/receipts",label:"navReceipts",page:Oi,shown:e=>e.can("Receipt","read")},{path:"/suppliers",label:"navSuppliers",page:xi,shown:e=>e.can("Supplier","read")},{path:"/people",label:"navPeople",page:_i,shown:e=>e.can("Person","read")},{path:"/audit",label:"navAudit",page:Ei,shown:e=>e.can("AuditEvent","read")},{path:"/exports",label:"navExports",page:Ci,shown:()=>!0}],wi=ke(`
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
`);function Pi(){const e=li(),[n,i]=O();o.useEffect(()=>{!e&&n!=="/signin"&&i("/signin",{replace:!0}),e&&n==="/signin"&&i("/",{replace:!0})},[e,n,i]);const a=o.useMemo(()=>e?pi(e.token):null,[e]);return!e||!a?d.jsx(C,{children:d.jsx(o.Suspense,{fallback:d.jsx(x,{}),children:d.jsx(Vi,{})})}):d.jsx(Re,{value:a,children:d.jsx(Bi,{name:e.name})})}const qi=ke(`
  subscription LiveEvents($after: ID) {
    auditEvents(after: $after) {
      id
      action
      target
    }
  }
`);function ji(){return Te({query:qi}),null}function Bi({name:e}){const[{data:n,error:i,fetching:a},t]=$e({query:wi});return n?d.jsxs(Di,{viewer:n.me,children:[be(n.me).can("AuditEvent","read")&&d.jsx(ji,{}),d.jsx(C,{nav:d.jsx(Mi,{name:e}),children:d.jsx(o.Suspense,{fallback:d.jsx(x,{}),children:d.jsx(kn,{children:P.map(r=>d.jsx(un,{path:r.path,component:r.page},r.path))})})})]}):d.jsx(C,{children:i?d.jsx(Fi,{error:i,retry:()=>t({requestPolicy:"network-only"})}):a&&d.jsx(x,{})})}function Li(){const{t:e}=b(),[n]=O(),i=o.useRef(!0);o.useEffect(()=>{const a=P.find(t=>t.path===n);if(document.title=a?`${e(a.label)} · ${e("appName")}`:e("appName"),i.current){i.current=!1;return}document.getElementById("main")?.focus({preventScroll:!0})},[n,e])}function Mi({name:e}){Li();const{t:n}=b(),i=hi(),[a]=O(),t=i.viewer;return d.jsxs(d.Fragment,{children:[d.jsx("nav",{"aria-label":n("mainNav"),children:d.jsx("ul",{children:P.filter(r=>r.shown(i)).map(r=>d.jsx("li",{children:d.jsx(cn,{href:r.path,"aria-current":a===r.path?"page":void 0,children:n(r.label)})},r.path))})}),d.jsxs("div",{className:"who",children:[d.jsxs("span",{children:[n("signedInAs",{name:e})," · ",n(`role.${t.role}`)," · ",t.nation]}),d.jsx("button",{type:"button",onClick:()=>A("signedOut"),children:n("signOut")})]})]})}function C({nav:e,children:n}){const{t:i,lang:a,setLang:t}=b();return d.jsxs(d.Fragment,{children:[d.jsx("a",{className:"skip",href:"#main",children:i("skipToContent")}),d.jsxs("header",{children:[d.jsxs("div",{className:"bar",children:[d.jsx("strong",{className:"brand",children:i("appName")}),d.jsxs("label",{className:"lang",children:[d.jsx("span",{className:"visually-hidden",children:i("language")}),d.jsxs("select",{value:a,onChange:r=>t(r.target.value),children:[d.jsx("option",{value:"en",lang:"en",children:"English"}),d.jsx("option",{value:"uk",lang:"uk",children:"Українська"})]})]})]}),e]}),d.jsx("main",{id:"main",tabIndex:-1,children:n})]})}X(document.getElementById("root")).render(d.jsx(o.StrictMode,{children:d.jsx(Si,{children:d.jsx(Pi,{})})}));export{Xi as A,ea as C,na as F,Qi as H,Fi as L,Zi as S,zi as a,Hi as b,hi as c,x as d,ia as e,Gi as f,ke as g,aa as h,Ji as i,d as j,li as k,A as l,Wi as s,Yi as t,b as u};
