import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// htmx sends the CSRF token on every state-changing request it makes.
const csrfToken = document.querySelector('meta[name="csrf-token"]');
const csrfHeader = document.querySelector('meta[name="csrf-header"]');
if (csrfToken && csrfHeader) {
  document.body.addEventListener('htmx:configRequest', (event) => {
    event.detail.headers[csrfHeader.content] = csrfToken.content;
  });
}

// Session timeout: warn two minutes before the 30-minute idle limit, and let the person stay signed in.
const timeoutMeta = document.querySelector('meta[name="session-timeout-minutes"]');
const dialog = document.getElementById('session-timeout');
if (timeoutMeta && dialog) {
  const minutes = Number(timeoutMeta.content);
  const warnAfter = Math.max(1, minutes - 2) * 60 * 1000;
  let timer;
  const schedule = () => { clearTimeout(timer); timer = setTimeout(() => { dialog.hidden = false; document.getElementById('session-timeout-extend').focus(); }, warnAfter); };
  document.getElementById('session-timeout-extend').addEventListener('click', async () => {
    await fetch('/account/keep-alive', { credentials: 'same-origin', headers: { 'Accept': 'text/plain' } });
    dialog.hidden = true;
    schedule();
  });
  schedule();
}
