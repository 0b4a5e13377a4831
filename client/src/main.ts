import { App } from './ui/app.ts';

const root = document.getElementById('app');
if (root) {
  const app = new App(root);
  (window as unknown as { __app: App }).__app = app;
  void app.start();
}
