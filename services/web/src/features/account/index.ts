export { AccountPrivacy } from './components/account-privacy';
