import '@/lib/settings/zod-jitless';
import { render } from 'preact';
import '@/components/options/page.css';
import { Popup } from '@/components/popup/Popup';

render(<Popup />, document.getElementById('app')!);
