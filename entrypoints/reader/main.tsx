import { render } from 'preact';
import { Reader } from '@/components/Reader';
import './style.css';

render(<Reader />, document.getElementById('app')!);
