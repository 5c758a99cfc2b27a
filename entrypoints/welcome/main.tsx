// Welcome page entry: opened once, on install.
import { mountPage } from '../../pages/mount-page';
import { App } from './App';
import '../../components/page.css';
import './welcome.css';

mountPage('welcome_title', <App />);
