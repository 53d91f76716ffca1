// SPDX-License-Identifier: GPL-3.0-or-later
#include "deliveryresend.h"

namespace sb::dashboard {

QString DeliveryResend::path(const DeliveryRow &row)
{
    return u"/api/v1/app/" + row.appId + u"/msg/" + row.msgId + u"/endpoint/" + row.endpointId + u"/resend";
}

void DeliveryResend::send(EngineClient *client, const DeliveryRow &row, Done done)
{
    client->post(path(row), {}, [done = std::move(done)](const EngineClient::Reply &r) {
        Outcome o;
        o.sent = r.status == 202;
        o.status = r.status;
        o.code = r.json.value(QLatin1StringView("code")).toString();
        o.error = r.error;
        if (done)
            done(o);
    });
}

} // namespace sb::dashboard
