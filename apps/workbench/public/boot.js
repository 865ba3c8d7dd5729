// 执法工作台 boot: runs before the application's code has been fetched (a plain script, first in
// the page): on the first screen, 待办, the session and the list are asked for at once, so that
// they arrive while the application loads instead of after it. main.tsx and session.tsx take them.
(function () {
  if (!/^\/workbench\/?$/.test(window.location.pathname)) return;
  var get = function (url) {
    return fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  };
  window.__sxBoot = { me: get('/api/v1/auth/me'), worklist: get('/api/v1/worklist') };
})();
