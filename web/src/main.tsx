import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/pages.css';
import './styles/forms.css';
import './styles/accounts.css';
import './styles/profile.css';
import './styles/mentors.css';
import './styles/mentor-profile.css';
import './styles/search.css';
import './styles/mentoring.css';
import './styles/request-button.css';
import './styles/requests.css';
import './styles/inbox.css';
import './styles/admin.css';
import './styles/moderation.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { whenReadyToRender } from './app/boot';
import { router } from './app/router';

// The router starts loading the page's code, texts and data as it is created; the shell's calls
// started with the boot module. The first render waits for both, so nothing on it suspends.
void whenReadyToRender(router).then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
