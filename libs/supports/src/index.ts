export { SupportDeliveryModule, SupportsModule } from './supports.module.js';
export { SupportUpdateDelivery } from './support-update-delivery.js';
export { SupportLoaders } from './supports.loaders.js';
export { SupportsRepository } from './supports.repository.js';
export { Support } from './models/support.model.js';
