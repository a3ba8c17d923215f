import '@/lib/settings/zod-jitless';
import { render } from 'preact';
import '@/components/options/page.css';
import { OptionsPage } from '@/components/options/OptionsPage';

render(<OptionsPage />, document.getElementById('app')!);
