import '@/lib/settings/zod-jitless';
import { render } from 'preact';
import '@/components/options/page.css';
import { OverviewPage } from '@/components/overview/OverviewPage';

render(<OverviewPage />, document.getElementById('app')!);
