// Popup entry: mounts the app with the browser's translations.
import { mountPage } from '../../pages/mount-page';
import { App } from './App';
import '../../components/page.css';
import './popup.css';

mountPage('popup_title', <App />);
