// Bootstrap for the GraphiQL page served by internal/graphiql. Loaded as a
// separate same-origin file so the Content-Security-Policy needs no inline script.
(function () {
  'use strict';

  var STORAGE_KEY = 'graphiql:bearer-token';

  // The page's CSP allows <style> elements only with this response's nonce.
  // GraphiQL's dialogs (react-remove-scroll) inject one and take the nonce from
  // the __webpack_nonce__ global.
  var nonce = document.currentScript && document.currentScript.nonce;
  if (nonce) {
    window.__webpack_nonce__ = nonce;
  }
  var container = document.getElementById('graphiql');
  var form = document.getElementById('auth');
  var input = document.getElementById('token');
  var clearButton = document.getElementById('token-clear');
  var status = document.getElementById('token-status');
  var endpoint = container.getAttribute('data-endpoint');

  function loadToken() {
    try {
      return window.sessionStorage.getItem(STORAGE_KEY) || '';
    } catch (e) {
      return '';
    }
  }

  function saveToken(token) {
    try {
      if (token) {
        window.sessionStorage.setItem(STORAGE_KEY, token);
      } else {
        window.sessionStorage.removeItem(STORAGE_KEY);
      }
    } catch (e) {
      // Storage unavailable (private mode, disabled): keep the token in memory only.
    }
  }

  // Accept a pasted "Bearer xyz" as well as a bare token.
  function normalize(raw) {
    return String(raw || '').trim().replace(/^bearer\s+/i, '').trim();
  }

  function hasAuthorization(headers) {
    return Object.keys(headers).some(function (k) {
      return k.toLowerCase() === 'authorization';
    });
  }

  var baseFetcher = GraphiQL.createFetcher({ url: endpoint });

  // Adds the bearer token unless the headers editor already sets Authorization.
  function makeFetcher(token) {
    return function (params, opts) {
      var headers = Object.assign({}, opts && opts.headers);
      if (token && !hasAuthorization(headers)) {
        headers.Authorization = 'Bearer ' + token;
      }
      return baseFetcher(params, Object.assign({}, opts, { headers: headers }));
    };
  }

  var root = ReactDOM.createRoot(container);

  // A new fetcher makes GraphiQL re-run schema introspection with the new token.
  function render(token) {
    status.textContent = token ? 'token set' : 'no token';
    root.render(
      React.createElement(GraphiQL, {
        fetcher: makeFetcher(token),
        isHeadersEditorEnabled: true,
        shouldPersistHeaders: false,
      })
    );
  }

  var token = normalize(loadToken());
  input.value = token;

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    token = normalize(input.value);
    input.value = token;
    saveToken(token);
    render(token);
  });

  clearButton.addEventListener('click', function () {
    token = '';
    input.value = '';
    saveToken('');
    render('');
  });

  render(token);
})();
