// Break page entry: the full-tab break, opened from the notification.
import { mountPage } from '../../platform/page';
import { App } from './App';
import '../../components/page.css';
import './break.css';

mountPage('break_page_title', <App />);
