wizard-checks-remedy-trust-cert = presiona Ctrl-G para verlo y confiar en él
wizard-checks-remedy-trust-new-cert = confía en el nuevo con `chatwoot-link edit <profile> --ca-cert FILE`
wizard-checks-remedy-more-time = presiona Ctrl-L para volver a verificar si el servidor solo es lento
wizard-checks-remedy-use-url = escribe { $url } como URL
wizard-checks-remedy-use-url-http = escribe { $url } como URL y luego Ctrl-O
wizard-checks-remedy-allow-http = presiona Ctrl-O si lo aceptas
wizard-checks-insecure-http = HTTP sin cifrar expone el token: usa https, o Ctrl-O
