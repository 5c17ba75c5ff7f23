import { CertificatePage } from '../../features/training';

/** Public: anyone holding a certificate's code checks it (and the BFF prints it from here). */
export default function CertificateRoute() {
  return <CertificatePage />;
}
