import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { localizePage, t } from '@/utils/i18n';
import App from './App';
import './style.css';

// index.html's English title shows until this runs: HTML is not translated, messages are.
localizePage(t('welcome.title'));

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
