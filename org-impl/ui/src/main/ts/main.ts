// Which page this is follows from the path the server served index.html at. Every URL is relative to that page, so a
// host application that serves the pages under a context root (/app/console) reaches its own API (/app/api/...).
import { renderAccept } from './accept.js';
import { renderConsole } from './console.js';
import { renderSignIn } from './signin.js';

const app = document.getElementById('app')!;
const path = location.pathname;
if (path.endsWith('/sign-in')) {
  renderSignIn(app);
} else if (path.endsWith('/accept-invitation')) {
  renderAccept(app);
} else {
  renderConsole(app);
}
