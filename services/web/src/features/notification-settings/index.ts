export { MailPreferencesForm } from './components/mail-preferences-form';
