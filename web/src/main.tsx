import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './app/styles/base.css';
import './app/styles/shell.css';
import './app/styles/queue.css';
import './app/styles/ticket-view.css';
import './app/styles/phone-log.css';
import './app/styles/portal.css';
import './app/styles/narrow.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
