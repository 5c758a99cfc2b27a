// Break page entry: the full-tab break, opened from the notification.
import { mountPage } from '../../pages/mount-page';
import { App } from './App';
import '../../components/page.css';
import './break.css';

mountPage('break_page_title', <App />);
