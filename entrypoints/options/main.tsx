// Options page entry: the dashboard, history and settings.
import { mountPage } from '../../pages/mount-page';
import { App } from './App';
import '../../components/page.css';
import './options.css';

mountPage('options_title', <App />);
